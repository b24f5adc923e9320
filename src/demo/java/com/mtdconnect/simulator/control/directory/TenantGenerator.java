package com.mtdconnect.simulator.control.directory;

import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates customer tenants deterministically from a seed. Size spread: about 93 % of tenants have
 * 10–80 users, 6 % 100–500, 0.8 % 500–5,000 and 0.03 % 5,000–50,000 (log-uniform within each band);
 * each user owns 1–3 devices (70/20/10 %). 10,000 tenants give roughly a million devices. Only the
 * per-user device index is stored; everything else is derived on demand.
 */
public final class TenantGenerator {

  private static final String[] COMPANY_WORDS = {
    "Contoso", "Fabrikam", "Northwind", "Tailspin", "Litware", "Adatum", "Proseware", "Woodgrove",
    "Wingtip", "Alpine", "Coho", "Lamna", "Fourth Coffee", "Margie", "Trey", "Relecloud"
  };
  private static final String[] COMPANY_SUFFIX = {
    "Dental",
    "Logistics",
    "Legal",
    "Clinic",
    "Builders",
    "Partners",
    "Retail",
    "Accounting",
    "Engineering",
    "Foods",
    "Travel",
    "Media"
  };

  private final long seed;
  private final List<String> customerNames;

  public TenantGenerator(long seed) {
    this(seed, List.of());
  }

  /** A generator whose first tenants carry the given customer names. */
  public TenantGenerator(long seed, List<String> customerNames) {
    this.seed = seed;
    this.customerNames = List.copyOf(customerNames);
  }

  public List<SimulatedTenant> generate(int count) {
    List<SimulatedTenant> tenants = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      tenants.add(tenant(i));
    }
    return tenants;
  }

  /** The tenant at {@code index}, as {@link #generate} makes it. */
  public SimulatedTenant tenant(int index) {
    long tenantSeed = Mix.of(seed, 0x7E, index);
    int users = userCount(Mix.of(tenantSeed, 1, 0));
    int[] firstDevice = new int[users + 1];
    for (int u = 0; u < users; u++) {
      firstDevice[u + 1] = firstDevice[u] + devicesOf(tenantSeed, u);
    }
    boolean named = index < customerNames.size();
    String company =
        named
            ? customerNames.get(index)
            : COMPANY_WORDS[Mix.below(Mix.of(tenantSeed, 2, 0), COMPANY_WORDS.length)]
                + " "
                + COMPANY_SUFFIX[Mix.below(Mix.of(tenantSeed, 3, 0), COMPANY_SUFFIX.length)];
    String slug = company.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    String domain = (named ? slug : slug + index) + ".onmicrosoft.com";
    int groups = Math.min(2000, 3 + users / 25);
    return new SimulatedTenant(
        index,
        SimIds.of(seed, SimIds.TENANT, index),
        domain,
        named ? company : company + " " + index,
        tenantSeed,
        firstDevice,
        groups);
  }

  static int userCount(long hash) {
    double band = Mix.unit(hash);
    double within = Mix.unit(Mix.of(hash));
    if (band < 0.0003) {
      return logUniform(5_000, 50_000, within);
    } else if (band < 0.0083) {
      return logUniform(500, 5_000, within);
    } else if (band < 0.0683) {
      return logUniform(100, 500, within);
    }
    return logUniform(10, 80, within);
  }

  private static int logUniform(int low, int high, double unit) {
    return (int) Math.round(Math.exp(Math.log(low) + unit * (Math.log(high) - Math.log(low))));
  }

  private static int devicesOf(long tenantSeed, int user) {
    int roll = Mix.below(Mix.of(tenantSeed, 4, user), 10);
    return roll < 7 ? 1 : roll < 9 ? 2 : 3;
  }
}
