package com.mtdconnect.onboarding.control;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.DirectoryGroup;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.graph.entity.GroupMemberCounts;
import com.mtdconnect.graph.entity.GroupPage;
import com.mtdconnect.graph.entity.MtdConnectorState;
import com.mtdconnect.graph.entity.OwnedDevice;
import com.mtdconnect.onboarding.entity.DevicePlatform;
import com.mtdconnect.onboarding.entity.GroupFound;
import com.mtdconnect.onboarding.entity.GroupSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the wizard reads from a customer's directory and Intune through the Graph gateway: groups
 * with their kind and member counts, the users and devices in scope, other vendors' MTD connectors.
 * Callers handle {@link GraphFailure}s (their messages are written for operators).
 */
@ApplicationScoped
public class DirectoryLookups {

  /** Groups per page of the search (each costs two count requests). */
  public static final int SEARCH_PAGE_SIZE = 10;

  /** At most this many groups are taken from one naming rule. */
  public static final int MAX_GROUPS_PER_RULE = 50;

  @Inject GraphGateway gateway;
  @Inject OnboardingSettings settings;

  /** One page of groups whose name has a word starting with {@code text}, or the next page. */
  public GroupSearch search(String directoryId, String text, Optional<String> nextLink) {
    try {
      GroupPage page = gateway.searchGroupsPage(directoryId, text, nextLink, SEARCH_PAGE_SIZE);
      List<GroupFound> found = new ArrayList<>();
      for (DirectoryGroup g : page.groups()) {
        found.add(describe(directoryId, g));
      }
      return GroupSearch.found(found, page.nextLink());
    } catch (GraphFailure failure) {
      return GroupSearch.failed("The group search failed: " + failure.getMessage());
    }
  }

  /** Groups whose display name starts with {@code prefix} (a profile's naming rule). */
  public List<GroupFound> groupsStartingWith(String directoryId, String prefix) {
    String filter = "startswith(displayName,'" + prefix.replace("'", "''") + "')";
    List<GroupFound> found = new ArrayList<>();
    for (DirectoryGroup g : gateway.listGroups(directoryId, Optional.of(filter), 100)) {
      if (found.size() == MAX_GROUPS_PER_RULE) {
        break;
      }
      found.add(describe(directoryId, g));
    }
    return found;
  }

  private GroupFound describe(String directoryId, DirectoryGroup g) {
    GroupMemberCounts counts = gateway.groupMemberCounts(directoryId, g.id());
    return new GroupFound(g.id(), g.displayName(), kindOf(g), counts.users(), counts.devices());
  }

  /** "Security", "Microsoft 365", "Mail-enabled security", "Distribution", each maybe dynamic. */
  public static String kindOf(DirectoryGroup g) {
    String kind;
    if (g.isMicrosoft365()) {
      kind = "Microsoft 365";
    } else if (g.securityEnabled() && g.mailEnabled()) {
      kind = "Mail-enabled security";
    } else if (g.securityEnabled()) {
      kind = "Security";
    } else {
      kind = "Distribution";
    }
    return g.isDynamic() ? kind + ", dynamic" : kind;
  }

  public int countGroups(String directoryId) {
    return gateway.countGroups(directoryId);
  }

  public int countDevices(String directoryId) {
    return gateway.countDevices(directoryId);
  }

  /** Users and devices in scope: included groups' users minus excluded groups' users. */
  public record Scope(int users, int devices) {}

  public Scope countScope(String directoryId, List<String> included, List<String> excluded) {
    Set<String> users = new LinkedHashSet<>();
    for (String group : included) {
      users.addAll(gateway.groupMemberUserIds(directoryId, group));
    }
    for (String group : excluded) {
      gateway.groupMemberUserIds(directoryId, group).forEach(users::remove);
    }
    Set<String> devices = new HashSet<>();
    Map<String, List<OwnedDevice>> owned =
        gateway.ownedDevicesOfUsers(directoryId, List.copyOf(users));
    owned.values().forEach(list -> list.forEach(d -> devices.add(d.id())));
    return new Scope(users.size(), devices.size());
  }

  /**
   * Why the chosen platforms clash with another vendor's MTD connector that is enabled for one of
   * them (Intune takes one MTD partner per platform), or empty when none does.
   */
  public Optional<String> otherVendorConnector(String directoryId, Set<DevicePlatform> chosen) {
    Optional<String> ours = settings.mtdPartnerId();
    List<String> clashes = new ArrayList<>();
    for (MtdConnectorState c : gateway.mtdConnectors(directoryId)) {
      if (ours.isPresent() && ours.get().equalsIgnoreCase(c.id())) {
        continue;
      }
      Set<DevicePlatform> enabled = new LinkedHashSet<>();
      if (c.iosEnabled() && chosen.contains(DevicePlatform.IOS)) {
        enabled.add(DevicePlatform.IOS);
      }
      if (c.androidEnabled() && chosen.contains(DevicePlatform.ANDROID)) {
        enabled.add(DevicePlatform.ANDROID);
      }
      if (!enabled.isEmpty()) {
        clashes.add(
            "connector "
                + c.id()
                + " ("
                + c.partnerState()
                + ") for "
                + DevicePlatform.describe(enabled));
      }
    }
    if (clashes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "Another vendor's Mobile Threat Defense connector is already enabled in this tenant's"
            + " Intune: "
            + String.join("; ", clashes)
            + ". Intune uses one MTD partner per platform: ask the customer to turn that"
            + " connector off for these platforms before provisioning."
            + (ours.isEmpty()
                ? " (Our partner id, portal.provisioning.mtd-partner-id, is not configured, so"
                    + " every connector counts as another vendor's.)"
                : ""));
  }
}
