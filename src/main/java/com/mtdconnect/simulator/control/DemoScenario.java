package com.mtdconnect.simulator.control;

import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.StaffAccount;
import java.util.EnumSet;
import java.util.List;
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

  /** Demo staff of the MSP; their groups arrive as the {@code groups} and {@code roles} claims. */
  public static List<StaffAccount> staff() {
    return List.of(
        new StaffAccount(
            "avery.admin", "Avery Admin", "avery.admin@msp.example", List.of("portal-admins")),
        new StaffAccount(
            "olivia.operator",
            "Olivia Operator",
            "olivia.operator@msp.example",
            List.of("portal-operators")),
        new StaffAccount(
            "sam.support", "Sam Support", "sam.support@msp.example", List.of("portal-support")),
        new StaffAccount(
            "riley.reader",
            "Riley Reader",
            "riley.reader@msp.example",
            List.of("portal-readonly")));
  }

  public static void apply(List<SimulatedTenant> tenants, SimulatedClock clock) {
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
