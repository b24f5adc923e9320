package com.mtdconnect.consent.boundary;

import com.mtdconnect.consent.entity.CustomerOutcome;
import com.mtdconnect.consent.entity.StateRejected;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * The customer's result page after Microsoft: what happened, and while we verify, a page that
 * refreshes itself until verification concludes. Request-scoped in a stateless view (no session):
 * every request, the opening GET and each poll of the page while verifying, reads the result key
 * from its URL ({@code ?result=}) before anything on the page is decided.
 */
@Named
@RequestScoped
public class ApprovalOutcome {
  /** The request parameter naming the result. */
  static final String RESULT_PARAMETER = "result";

  @Inject CustomerConsent consent;

  private CustomerOutcome outcome;
  private boolean unknown;

  @PostConstruct
  void open() {
    try {
      outcome = consent.outcome(Faces.getRequestParameter(RESULT_PARAMETER));
    } catch (StateRejected e) {
      unknown = true;
    }
  }

  public CustomerOutcome getOutcome() {
    return outcome;
  }

  public boolean isUnknown() {
    return unknown;
  }
}
