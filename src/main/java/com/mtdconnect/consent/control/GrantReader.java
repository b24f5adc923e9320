package com.mtdconnect.consent.control;

import com.mtdconnect.consent.entity.GrantVerdict;
import com.mtdconnect.consent.entity.VerificationProblem;
import com.mtdconnect.consent.entity.VerificationProblem.ProblemKind;
import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.Answer;
import com.mtdconnect.graph.entity.AppDisabledInTenant;
import com.mtdconnect.graph.entity.ConsentMissing;
import com.mtdconnect.graph.entity.GrantedAppRole;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.graph.entity.GraphThrottled;
import com.mtdconnect.graph.entity.GraphUnavailable;
import com.mtdconnect.graph.entity.PermissionMissing;
import com.mtdconnect.graph.entity.TenantGone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Asks Microsoft what our service principal holds in the tenant we expect (never the tenant a
 * redirect claimed): an app-only token for that tenant, then our app-role assignments on Microsoft
 * Graph (graph-contracts §1.5). Failures become plain-words problems; nothing is thrown.
 */
@ApplicationScoped
public class GrantReader {
  static final String GRAPH_RESOURCE = "Microsoft Graph";

  @Inject GraphGateway gateway;

  /** The outcome of one read: a verdict or a problem. */
  public record Reading(GrantVerdict verdict, VerificationProblem problem) {
    public boolean succeeded() {
      return verdict != null;
    }
  }

  /** Reads the grant now (a request of its own). */
  public Reading read(String directoryId) {
    return evaluate(() -> gateway.grantedAppRoles(directoryId));
  }

  /**
   * The reading of a grant the caller already asked Microsoft for (a step of a polling round's
   * batch): the same verdict, or the same problem, as {@link #read} gives.
   */
  public Reading readingOf(Answer<List<GrantedAppRole>> grants) {
    return evaluate(grants::get);
  }

  private static Reading evaluate(Supplier<List<GrantedAppRole>> grants) {
    try {
      List<String> graphRoles =
          grants.get().stream()
              .filter(r -> r.resourceDisplayName().map(GRAPH_RESOURCE::equals).orElse(true))
              .map(GrantedAppRole::appRoleId)
              .toList();
      return new Reading(GrantVerdict.compare(graphRoles), null);
    } catch (GraphFailure failure) {
      return new Reading(null, problemOf(failure));
    }
  }

  static VerificationProblem problemOf(GraphFailure failure) {
    String reason = failure.getMessage();
    if (failure instanceof ConsentMissing) {
      return new VerificationProblem(
          ProblemKind.APP_NOT_IN_TENANT,
          reason,
          "Send the customer a consent link; their administrator approves our app again.",
          Duration.ZERO);
    }
    if (failure instanceof AppDisabledInTenant) {
      return new VerificationProblem(
          ProblemKind.APP_DISABLED,
          reason,
          "Ask the customer to enable sign-in of our enterprise application in Entra ID"
              + " (Enterprise applications → Properties).",
          Duration.ZERO);
    }
    if (failure instanceof TenantGone) {
      return new VerificationProblem(
          ProblemKind.TENANT_GONE,
          reason,
          "Check the tenant id with the customer; archive the tenant if they left Microsoft 365.",
          Duration.ZERO);
    }
    if (failure instanceof PermissionMissing) {
      return new VerificationProblem(
          ProblemKind.CANNOT_READ_GRANTS,
          reason,
          "Send the customer a re-consent link so that Application.Read.All is granted again.",
          Duration.ZERO);
    }
    if (failure instanceof GraphThrottled throttled) {
      return new VerificationProblem(
          ProblemKind.TRANSIENT,
          reason,
          "Nothing to do: we try again after the pause Microsoft asked for.",
          throttled.retryAfter());
    }
    if (failure instanceof GraphUnavailable || failure.retryable()) {
      return new VerificationProblem(
          ProblemKind.TRANSIENT,
          reason,
          "Usually temporary: we try again; use \"Verify now\" later if it persists.",
          Duration.ZERO);
    }
    return new VerificationProblem(
        ProblemKind.MSP_SIDE,
        reason,
        "This is on the MSP's side (app registration, credential or Conditional Access): fix it,"
            + " then verify again.",
        Duration.ZERO);
  }
}
