package com.mtdconnect.rbac.entity;

import java.io.Serializable;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which tenants something reaches: all of them, or those carrying at least one of some scope tags
 * (compared ignoring case), or none.
 *
 * @param allTenants every tenant, whatever its tags
 * @param tags lower-case scope tags; a tenant with any of them is covered
 */
public record TenantScope(boolean allTenants, Set<String> tags) implements Serializable {

  public static final TenantScope NONE = new TenantScope(false, Set.of());
  public static final TenantScope ALL = new TenantScope(true, Set.of());

  public TenantScope {
    tags = allTenants ? Set.of() : normalized(tags);
  }

  public static TenantScope ofTags(Collection<String> tags) {
    return new TenantScope(false, Set.copyOf(tags));
  }

  public boolean isNone() {
    return !allTenants && tags.isEmpty();
  }

  /** Whether a tenant carrying these tags is inside the scope. */
  public boolean covers(Collection<String> tenantTags) {
    return allTenants
        || tenantTags.stream().map(t -> t.toLowerCase(Locale.ROOT)).anyMatch(tags::contains);
  }

  /**
   * Whether an object carrying these tags lies wholly inside the scope: everything does for all
   * tenants; otherwise it needs at least one tag and every tag inside. Untagged objects are reached
   * only by all tenants.
   */
  public boolean contains(Collection<String> objectTags) {
    return allTenants
        || (!objectTags.isEmpty()
            && objectTags.stream()
                .map(t -> t.trim().toLowerCase(Locale.ROOT))
                .allMatch(tags::contains));
  }

  /** Whether every tenant of the other scope is inside this one. */
  public boolean contains(TenantScope other) {
    return allTenants || (!other.allTenants && contains(other.tags));
  }

  /** The tenants reached by this scope or the other one. */
  public TenantScope union(TenantScope other) {
    if (allTenants || other.allTenants) {
      return ALL;
    }
    Set<String> both = new TreeSet<>(tags);
    both.addAll(other.tags);
    return new TenantScope(false, both);
  }

  /** For pages: "All tenants", "Tags: amer, emea" or "No tenants". */
  public String describe() {
    if (allTenants) {
      return "All tenants";
    }
    return tags.isEmpty() ? "No tenants" : "Tags: " + String.join(", ", new TreeSet<>(tags));
  }

  private static Set<String> normalized(Set<String> tags) {
    return tags.stream()
        .map(t -> t.trim().toLowerCase(Locale.ROOT))
        .filter(t -> !t.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
