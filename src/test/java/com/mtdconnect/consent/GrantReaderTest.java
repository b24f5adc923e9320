package com.mtdconnect.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.consent.control.GrantReader;
import com.mtdconnect.consent.entity.RequiredPermission;
import com.mtdconnect.consent.entity.VerificationProblem.ProblemKind;
import com.mtdconnect.graph.entity.Answer;
import com.mtdconnect.graph.entity.ConsentMissing;
import com.mtdconnect.graph.entity.GrantedAppRole;
import com.mtdconnect.graph.entity.GraphThrottled;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A grant a polling round read in its batch is judged as the consent check's own read is: the same
 * verdict from the same app roles, the same problem from the same failure.
 */
class GrantReaderTest {

  private static GrantedAppRole graph(RequiredPermission p) {
    return new GrantedAppRole(
        p.appRoleId(), "graph-sp", Optional.of("Microsoft Graph"), Optional.empty());
  }

  @Test
  void aBatchedGrantGivesTheVerdictOfItsAppRoles() {
    List<GrantedAppRole> all =
        Arrays.stream(RequiredPermission.values()).map(GrantReaderTest::graph).toList();
    GrantReader.Reading full = new GrantReader().readingOf(Answer.of(all));
    assertTrue(full.succeeded());
    assertTrue(full.verdict().isComplete());

    List<GrantedAppRole> narrowed =
        all.stream()
            .filter(
                r ->
                    !r.appRoleId()
                        .equals(
                            RequiredPermission.DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL
                                .appRoleId()))
            .toList();
    GrantReader.Reading partial = new GrantReader().readingOf(Answer.of(narrowed));
    assertEquals(
        List.of(RequiredPermission.DEVICE_MANAGEMENT_MANAGED_DEVICES_READ_ALL),
        partial.verdict().missing());
  }

  @Test
  void aRoleOfAnotherResourceDoesNotCount() {
    GrantedAppRole other =
        new GrantedAppRole(
            RequiredPermission.USER_READ_ALL.appRoleId(),
            "other-sp",
            Optional.of("Another API"),
            Optional.empty());
    GrantReader.Reading reading = new GrantReader().readingOf(Answer.of(List.of(other)));
    assertTrue(reading.verdict().missing().contains(RequiredPermission.USER_READ_ALL));
  }

  @Test
  void aFailedStepBecomesTheProblemTheCheckAloneWouldReport() {
    GrantReader.Reading missing =
        new GrantReader()
            .readingOf(Answer.failed(new ConsentMissing("t", "no service principal", null)));
    assertFalse(missing.succeeded());
    assertEquals(ProblemKind.APP_NOT_IN_TENANT, missing.problem().kind());

    GrantReader.Reading throttled =
        new GrantReader()
            .readingOf(Answer.failed(new GraphThrottled("t", Duration.ofSeconds(40), "busy")));
    assertTrue(throttled.problem().isTransient());
    assertEquals(Duration.ofSeconds(40), throttled.problem().retryAfter());
  }
}
