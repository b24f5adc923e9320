package com.mtdconnect.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The polling benchmark ({@link PollingBenchmark}) at a reduced size under {@code mvn verify}: 200
 * simulated tenants (about 20,000 devices) on one node for two idle 15-minute periods (clock moved,
 * not waited), and the targets it can check: an idle round costs at most 1.1 Graph requests per
 * tenant (counted by the simulator), and so does a round with the consent check due (one more
 * period), every round of a period is done within it with no backlog, and a membership change is
 * visible in the portal within one period + 5 s. Prints its figures.
 */
class PollingBenchmarkIT {

  @Test
  void twoHundredTenantsAreIdleAtOneRequestEachWithoutBacklogAndChangesShowWithinAPeriod()
      throws Exception {
    PollingBenchmark.Result result =
        PollingBenchmark.run(new PollingBenchmark.Options(200, 2, 0, true, "448m", 8), System.out);
    assertTrue(
        result.figures().containsKey("idleRequestsPerTenant"),
        "the benchmark ran to its end: " + String.join("\n", result.lines()));
    double period = result.number("periodSeconds");
    assertTrue(
        result.number("idleRequestsPerTenant") <= 1.1,
        "idle round: " + result.number("idleRequestsPerTenant") + " Graph requests per tenant");
    assertTrue(
        result.number("consentRequestsPerTenant") <= 1.1,
        "a round with the consent check due: "
            + result.number("consentRequestsPerTenant")
            + " Graph requests per tenant (the grant is a step of the round's $batch)");
    assertTrue(
        result.flag("consentRoundsSucceeded"), "every round with the consent check succeeded");
    assertEquals(0, result.number("backlogAtPeriodEnd"), "no backlog at a period's end");
    assertTrue(result.flag("allRoundsWithinPeriod"), "every round done within its period");
    assertTrue(result.flag("allIdleRoundsSucceeded"), "every idle round succeeded");
    assertTrue(
        result.number("changeVisibleAfterRoundMs") <= (period + 5) * 1000,
        "a change right after a round is visible within one period + 5 s: "
            + result.number("changeVisibleAfterRoundMs")
            + " ms");
    assertTrue(result.number("naiveRatio") > 1, "the naive poller costs more");
  }
}
