package com.mtdconnect.polling.bench;

import com.mtdconnect.graph.boundary.GraphGateway;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The naive poller the benchmark compares the rounds with: every period it enumerates each tenant
 * in full through the same gateway (MSAL, Graph SDK, pacing) and simulator: the users of the
 * targeted groups (MTD-Enroll's members less MTD-Exclude's), then each user's devices, one request
 * per user. No delta, no batch.
 */
final class NaivePoller {

  private NaivePoller() {}

  /** Enumerates the tenants on {@code threads} threads; returns the devices found. */
  static long enumerate(GraphGateway gateway, List<BenchTenants.Seeded> tenants, int threads)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong devices = new AtomicLong();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (BenchTenants.Seeded t : tenants) {
        done.add(
            pool.submit(
                () -> {
                  String tenant = t.sim().id();
                  Set<String> users =
                      new HashSet<>(gateway.groupMemberUserIds(tenant, t.enrollGroup()));
                  users.removeAll(gateway.groupMemberUserIds(tenant, t.excludeGroup()));
                  for (String user : users) {
                    devices.addAndGet(gateway.ownedDevices(tenant, user).size());
                  }
                }));
      }
      for (Future<?> f : done) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("the naive poller failed", e.getCause());
        }
      }
      return devices.get();
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }
}
