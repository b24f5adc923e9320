package com.mtdconnect.demo.control;

import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.tenancy.entity.TenantDraft;
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
  /**
   * One sample customer; {@code approved}: its administrator approved our app before the demo
   * starts (the simulator holds the grant, or what became of it), so the portal verifies it with
   * Microsoft at start instead of claiming a state.
   */
  private record Sample(
      String name, String contact, boolean approved, String tags, boolean byDomain) {}

  /**
   * In the simulator's scenario order. No sample is given a lifecycle: it follows from what the
   * portal finds (Proseware Legal, Tailspin Toys, Lamna Healthcare and VanArsdel Outdoor have not
   * been asked for consent yet; the others are verified at start).
   */
  private static final List<Sample> SAMPLES =
      List.of(
          new Sample("Proseware Legal", "Claire Dubois", false, "EMEA", true),
          new Sample("Contoso Pharmaceuticals", "Dana Whitfield", true, "EMEA, Gold", false),
          new Sample("Woodgrove Bank", "Priya Raman", true, "APAC, Regulated", false),
          new Sample("Fabrikam Logistics", "Marco Bianchi", true, "EMEA", true),
          new Sample("Northwind Traders", "Ines Duarte", true, "AMER, Gold", false),
          new Sample("Relecloud Media", "Kenji Watanabe", true, "APAC", true),
          new Sample("Alpine Ski House", "Tobias Keller", true, "EMEA", false),
          new Sample("Tailspin Toys", "Jonas Berg", false, "EMEA", true),
          new Sample("Adventure Works Cycles", "Lena Fischer", true, "EMEA", false),
          new Sample("Litware Health", "Samuel Okafor", true, "AMER, Regulated", true),
          new Sample("Coho Vineyard", "Maria Santos", true, "AMER", false),
          new Sample("Trey Research", "Amara Nwosu", true, "EMEA", false),
          new Sample("Wide World Importers", "Hannah Schmidt", true, "EMEA, Gold", false),
          new Sample("Lamna Healthcare", "Rafael Ortega", false, "AMER, Regulated", true),
          new Sample("VanArsdel Outdoor", "Emily Carter", false, "AMER", true),
          new Sample("Blue Yonder Airlines", "Noah Williams", true, "APAC, Gold", false),
          new Sample("Graphic Design Institute", "Sofia Rossi", true, "EMEA", false),
          new Sample("Humongous Insurance", "Liam O'Brien", true, "EMEA, Regulated", false),
          new Sample("Margie's Travel", "Yuki Tanaka", true, "APAC", true),
          new Sample("Southridge Video", "Olga Petrova", true, "EMEA", false));

  private DemoTenants() {}

  /**
   * The sample customers as drafts, each named by the tenant id or a domain of the simulated tenant
   * of the same name, so that the portal reaches them through the simulator.
   */
  static List<TenantDraft> all(List<SimulatedTenant> simulated) {
    return samples(simulated).stream().map(SampleDraft::draft).toList();
  }

  /** A sample's draft and whether its administrator approved before the demo starts. */
  record SampleDraft(TenantDraft draft, String tenantId, boolean approved) {}

  static List<SampleDraft> samples(List<SimulatedTenant> simulated) {
    Map<String, SimulatedTenant> byName =
        simulated.stream()
            .collect(Collectors.toMap(SimulatedTenant::displayName, t -> t, (a, b) -> a));
    List<SampleDraft> drafts = new ArrayList<>();
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
      draft.setScopeTags(sample.tags());
      draft.setNotes("Sample customer of the demo MSP.");
      drafts.add(new SampleDraft(draft, tenant.id(), sample.approved()));
    }
    return drafts;
  }
}
