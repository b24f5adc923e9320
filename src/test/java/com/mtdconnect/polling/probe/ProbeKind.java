package com.mtdconnect.polling.probe;

import com.mtdconnect.polling.control.FencedOut;
import com.mtdconnect.polling.control.PollingKind;
import com.mtdconnect.polling.entity.KindResult;
import com.mtdconnect.polling.entity.RoundContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only polling kind (deployed by PollingIT), inert unless a test watches a tenant: it records
 * the round's context, or plays a round overtaken by a newer one whose fenced write is rejected. In
 * a package of its own: Weld must not find the test class in two bean archives.
 */
@ApplicationScoped
public class ProbeKind implements PollingKind {
  public enum Mode {
    OBSERVE,
    OVERTAKEN
  }

  private final Map<Long, Mode> watched = new ConcurrentHashMap<>();
  private final Map<Long, RoundContext> seen = new ConcurrentHashMap<>();
  private final Map<Long, Boolean> rejected = new ConcurrentHashMap<>();

  @Inject ProbeWrites writes;

  public void watch(long tenant, Mode mode) {
    watched.put(tenant, mode);
  }

  public void forget(long tenant) {
    watched.remove(tenant);
  }

  public RoundContext seen(long tenant) {
    return seen.get(tenant);
  }

  public boolean rejected(long tenant) {
    return rejected.getOrDefault(tenant, false);
  }

  @Override
  public String name() {
    return "it-probe";
  }

  @Override
  public int order() {
    return 1000;
  }

  @Override
  public boolean isDue(RoundContext round) {
    return watched.containsKey(round.tenantId());
  }

  @Override
  public KindResult run(RoundContext round) {
    seen.put(round.tenantId(), round);
    if (watched.get(round.tenantId()) == Mode.OVERTAKEN) {
      writes.bumpGeneration(round.tenantId()); // another node started a newer round meanwhile
      try {
        writes.storeFenced(round);
      } catch (FencedOut e) {
        rejected.put(round.tenantId(), true);
        throw e;
      }
    }
    return KindResult.unchanged("probed");
  }
}
