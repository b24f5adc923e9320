package com.mtdconnect.simulator.control.presenter;

import com.mtdconnect.simulator.control.intune.MtdConnectors;
import com.mtdconnect.simulator.control.transport.SimulatedClock;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimStaffAccount;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the first tenants of a demo simulator into telling states so every screen has something true
 * to show: 0 fresh (never consented), 1 consented with a healthy connector, 2 partially consented,
 * 3 throttled, 4 broken connector, 5 consent revoked, 6 deleted.
 */
public final class DemoScenario {

  /** The MTD partner id the demo connectors use. */
  public static final String DEMO_PARTNER_ID = "860d3ab4-8fd1-45f5-89cd-ecf51e4f92e5";

  /**
   * The demo MSP's customers, in scenario order: the first seven take the states listed above
   * (Proseware Legal is fresh, Contoso Pharmaceuticals consented and healthy, …, Alpine Ski House
   * deleted). The portal's demo data registers them under the same names and tenant ids.
   */
  public static final List<String> CUSTOMERS =
      List.of(
          "Proseware Legal",
          "Contoso Pharmaceuticals",
          "Woodgrove Bank",
          "Fabrikam Logistics",
          "Northwind Traders",
          "Relecloud Media",
          "Alpine Ski House",
          "Tailspin Toys",
          "Adventure Works Cycles",
          "Litware Health",
          "Coho Vineyard",
          "Trey Research",
          "Wide World Importers",
          "Lamna Healthcare",
          "VanArsdel Outdoor",
          "Blue Yonder Airlines",
          "Graphic Design Institute",
          "Humongous Insurance",
          "Margie's Travel",
          "Southridge Video");

  private DemoScenario() {}

  /** Entra group of the demo MSP's portal administrators (object id, as in the token). */
  public static final String PORTAL_ADMINS_GROUP = "5d0b1a4e-7f2c-4a8e-9b61-2c3d4e5f6a01";

  /** Entra group of the demo MSP's policy managers. */
  public static final String POLICY_MANAGERS_GROUP = "5d0b1a4e-7f2c-4a8e-9b61-2c3d4e5f6a02";

  /** Entra group of the demo MSP's help desk for EMEA customers. */
  public static final String HELP_DESK_EMEA_GROUP = "5d0b1a4e-7f2c-4a8e-9b61-2c3d4e5f6a03";

  /** Entra group every demo staff member belongs to (no portal role is given to it). */
  public static final String ALL_STAFF_GROUP = "5d0b1a4e-7f2c-4a8e-9b61-2c3d4e5f6a04";

  /** The display names of the demo MSP's Entra groups, by object id. */
  public static final Map<String, String> STAFF_GROUP_NAMES =
      Map.of(
          PORTAL_ADMINS_GROUP, "MSP Portal Administrators",
          POLICY_MANAGERS_GROUP, "MSP Policy Managers",
          HELP_DESK_EMEA_GROUP, "MSP Help Desk EMEA",
          ALL_STAFF_GROUP, "MSP All Staff");

  /**
   * The demo MSP's own staff, who sign in to the portal through the simulator's OpenID Connect
   * provider; their Entra group object ids arrive as the {@code groups} claim.
   */
  public static List<SimStaffAccount> staff() {
    return List.of(
        staffMember("admin", "Avery Admin", PORTAL_ADMINS_GROUP),
        staffMember("operator", "Olivia Operator"),
        staffMember("support", "Sam Support"),
        staffMember("rbacadmin", "Rene Roles"),
        staffMember("emea-support", "Elena EMEA Support"),
        staffMember("policy", "Priya Policy", POLICY_MANAGERS_GROUP),
        staffMember("helpdesk", "Hugo Helpdesk", HELP_DESK_EMEA_GROUP));
  }

  private static SimStaffAccount staffMember(
      String username, String displayName, String... groups) {
    List<String> memberOf = new java.util.ArrayList<>(List.of(groups));
    memberOf.add(ALL_STAFF_GROUP);
    return new SimStaffAccount(username, displayName, username + "@msp.example", memberOf);
  }

  /**
   * Another MTD vendor's partner id: its connector is enabled in Graphic Design Institute, so the
   * onboarding wizard has a clash with another vendor to warn about.
   */
  public static final String OTHER_VENDOR_PARTNER_ID = "2a1fe0c7-3b5d-4e9f-8c6a-0d4e5f6a7b8c";

  /** Index of the customer with the other vendor's connector (Graphic Design Institute). */
  static final int OTHER_VENDOR_TENANT = 16;

  public static void apply(List<SimulatedTenant> tenants, SimulatedClock clock) {
    tenants.stream()
        .filter(t -> t.index() == OTHER_VENDOR_TENANT)
        .forEach(t -> MtdConnectors.seed(t, OTHER_VENDOR_PARTNER_ID, clock));
    for (SimulatedTenant t : tenants) {
      if (t.index() > 6) {
        break;
      }
      switch (t.index()) {
        case 0 -> t.forgetConsent();
        case 1 -> MtdConnectors.seed(t, DEMO_PARTNER_ID, clock);
        case 2 ->
            t.narrowGrant(
                Set.copyOf(
                    EnumSet.of(
                        GraphAppRole.DEVICE_MANAGEMENT_APPS_READ_WRITE_ALL,
                        GraphAppRole.DEVICE_MANAGEMENT_SERVICE_CONFIG_READ_WRITE_ALL)));
        case 3 -> {
          MtdConnectors.seed(t, DEMO_PARTNER_ID, clock);
          t.faults().throttleRate(0.3, 2.5);
        }
        case 4 -> {
          MtdConnectors.seed(t, DEMO_PARTNER_ID, clock);
          t.faults().connectorBroken(true);
        }
        case 5 -> t.revokeConsent();
        case 6 -> t.delete();
        default -> {}
      }
    }
  }
}
