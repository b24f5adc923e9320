package com.mtdconnect.platform;

import com.mtdconnect.testsupport.StaffClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The page loads between the two memory readings of the start-up benchmark. In demo mode an MSP
 * administrator signs in (through the simulator's provider) and opens the pages that read the
 * registered tenants; in production mode nobody can sign in without Entra ID, so only the public
 * pages are loaded.
 */
final class PageTour {
  private static final List<String> STAFF_PAGES =
      List.of(
          "/tenancy/list.xhtml",
          "/tenancy/view.xhtml?tenant=1",
          "/tenancy/view.xhtml?tenant=5000",
          "/auditlog/events.xhtml",
          "/rbac/roles.xhtml");

  /** Where a page was before issue 10, for the benchmark's "before" WAR. */
  private static final Map<String, String> FORMERLY =
      Map.of("/auditlog/events.xhtml", "/audit/log.xhtml");

  private static final List<String> PUBLIC_PAGES =
      List.of("/signin.xhtml", "/health/ready", "/health/live");

  private final boolean signIn;
  private final int rounds;

  PageTour(boolean signIn, int rounds) {
    this.signIn = signIn;
    this.rounds = rounds;
  }

  /** Loads every page {@code rounds} times; returns how many pages were loaded. */
  int walk(String base) throws IOException, InterruptedException {
    StaffClient client = new StaffClient(StaffClient.newHttpClient(), base);
    List<String> pages = PUBLIC_PAGES;
    if (signIn) {
      client.signInAs("admin");
      pages = STAFF_PAGES;
    }
    int loaded = 0;
    for (int round = 0; round < rounds; round++) {
      for (String page : pages) {
        HttpResponse<String> response = client.get(page);
        if (response.statusCode() == 404 && FORMERLY.containsKey(page)) {
          response = client.get(FORMERLY.get(page));
        }
        if (response.statusCode() != 200) {
          throw new IllegalStateException(page + " answered " + response.statusCode());
        }
        loaded++;
      }
    }
    return loaded;
  }
}
