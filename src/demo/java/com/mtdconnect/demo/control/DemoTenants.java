package com.mtdconnect.demo.control;

import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.tenancy.entity.TenantDraft;
import com.mtdconnect.tenancy.entity.TenantLifecycle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sample customers of the demo MSP: the simulator's named tenants with contacts, states and
 * scope tags.
 */
final class DemoTenants {
  private record Sample(
      String name, String contact, TenantLifecycle lifecycle, String tags, boolean byDomain) {}

  /** In the simulator's scenario order; lifecycles fit each tenant's simulated state. */
  private static final List<Sample> SAMPLES =
      List.of(
          new Sample("Proseware Legal", "Claire Dubois", TenantLifecycle.INVITED, "EMEA", true),
          new Sample(
              "Contoso Pharmaceuticals",
              "Dana Whitfield",
              TenantLifecycle.ACTIVE,
              "EMEA, Gold",
              false),
          new Sample(
              "Woodgrove Bank", "Priya Raman", TenantLifecycle.CONSENTED, "APAC, Regulated", false),
          new Sample("Fabrikam Logistics", "Marco Bianchi", TenantLifecycle.ACTIVE, "EMEA", true),
          new Sample(
              "Northwind Traders", "Ines Duarte", TenantLifecycle.DEGRADED, "AMER, Gold", false),
          new Sample("Relecloud Media", "Kenji Watanabe", TenantLifecycle.DEGRADED, "APAC", true),
          new Sample("Alpine Ski House", "Tobias Keller", TenantLifecycle.SUSPENDED, "EMEA", false),
          new Sample("Tailspin Toys", "Jonas Berg", TenantLifecycle.CONSENT_PENDING, "EMEA", true),
          new Sample(
              "Adventure Works Cycles", "Lena Fischer", TenantLifecycle.CONFIGURING, "EMEA", false),
          new Sample(
              "Litware Health", "Samuel Okafor", TenantLifecycle.ACTIVE, "AMER, Regulated", true),
          new Sample("Coho Vineyard", "Maria Santos", TenantLifecycle.ACTIVE, "AMER", false),
          new Sample("Trey Research", "Amara Nwosu", TenantLifecycle.OFFBOARDED, "EMEA", false),
          new Sample(
              "Wide World Importers",
              "Hannah Schmidt",
              TenantLifecycle.ACTIVE,
              "EMEA, Gold",
              false),
          new Sample(
              "Lamna Healthcare",
              "Rafael Ortega",
              TenantLifecycle.CONSENT_PENDING,
              "AMER, Regulated",
              true),
          new Sample("VanArsdel Outdoor", "Emily Carter", TenantLifecycle.INVITED, "AMER", true),
          new Sample(
              "Blue Yonder Airlines", "Noah Williams", TenantLifecycle.ACTIVE, "APAC, Gold", false),
          new Sample(
              "Graphic Design Institute", "Sofia Rossi", TenantLifecycle.CONSENTED, "EMEA", false),
          new Sample(
              "Humongous Insurance",
              "Liam O'Brien",
              TenantLifecycle.ACTIVE,
              "EMEA, Regulated",
              false),
          new Sample("Margie's Travel", "Yuki Tanaka", TenantLifecycle.CONFIGURING, "APAC", true),
          new Sample("Southridge Video", "Olga Petrova", TenantLifecycle.ACTIVE, "EMEA", false));

  private DemoTenants() {}

  /**
   * The sample customers as drafts, each under the tenant id (or primary domain) of the simulated
   * tenant of the same name, so that the portal reaches them through the simulator.
   */
  static List<TenantDraft> all(List<SimulatedTenant> simulated) {
    Map<String, SimulatedTenant> byName =
        simulated.stream()
            .collect(Collectors.toMap(SimulatedTenant::displayName, t -> t, (a, b) -> a));
    List<TenantDraft> drafts = new ArrayList<>();
    for (Sample sample : SAMPLES) {
      SimulatedTenant tenant = byName.get(sample.name());
      if (tenant == null) {
        throw new IllegalStateException("The simulator has no tenant named " + sample.name());
      }
      String slug = sample.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
      TenantDraft draft = new TenantDraft();
      draft.setDisplayName(sample.name());
      draft.setDirectoryId(sample.byDomain() ? tenant.domain() : tenant.id());
      draft.setContactName(sample.contact());
      draft.setContactEmail(
          "it-admin@" + (slug.length() > 12 ? slug.substring(0, 12) : slug) + ".example.com");
      draft.setLifecycle(sample.lifecycle());
      draft.setScopeTags(sample.tags());
      draft.setNotes("Sample customer of the demo MSP.");
      drafts.add(draft);
    }
    return drafts;
  }
}
