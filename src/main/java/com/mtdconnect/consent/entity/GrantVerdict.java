package com.mtdconnect.consent.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What Microsoft says our service principal holds in a tenant, compared with what the integration
 * needs: granted, missing, and extra (more than we need; least privilege says they should go).
 *
 * @param granted required permissions that are granted
 * @param missing required permissions that are not
 * @param extra names (or ids, when unknown) of granted Graph permissions we do not need
 */
public record GrantVerdict(
    List<RequiredPermission> granted, List<RequiredPermission> missing, List<String> extra) {

  public GrantVerdict {
    granted = List.copyOf(granted);
    missing = List.copyOf(missing);
    extra = List.copyOf(extra);
  }

  /** Compares granted app-role ids of the Microsoft Graph resource with the catalog. */
  public static GrantVerdict compare(Collection<String> grantedAppRoleIds) {
    Set<String> ids =
        grantedAppRoleIds.stream()
            .map(id -> id.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    List<RequiredPermission> granted =
        Arrays.stream(RequiredPermission.values())
            .filter(p -> ids.contains(p.appRoleId()))
            .toList();
    List<RequiredPermission> missing =
        Arrays.stream(RequiredPermission.values())
            .filter(p -> !ids.contains(p.appRoleId()))
            .toList();
    List<String> extra =
        ids.stream()
            .filter(id -> RequiredPermission.ofAppRole(id).isEmpty())
            .map(GraphPermissionNames::nameOf)
            .sorted()
            .toList();
    return new GrantVerdict(granted, missing, extra);
  }

  public boolean isComplete() {
    return missing.isEmpty();
  }

  public List<String> missingNames() {
    return missing.stream().map(RequiredPermission::getPermissionName).toList();
  }
}
