package com.mtdconnect.consent.boundary;

import com.mtdconnect.consent.entity.CustomerOutcome;
import com.mtdconnect.consent.entity.StateRejected;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;

/**
 * The customer's result page after Microsoft: what happened, and while we verify, a page that
 * refreshes itself until verification concludes.
 */
@Named
@ViewScoped
public class ApprovalOutcome implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CustomerConsent consent;

  private String result;
  private CustomerOutcome outcome;
  private boolean unknown;

  public void load() {
    try {
      outcome = consent.outcome(result);
    } catch (StateRejected e) {
      unknown = true;
    }
  }

  /** Called by the page's poll while verification runs. */
  public void refresh() {
    load();
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public CustomerOutcome getOutcome() {
    return outcome;
  }

  public boolean isUnknown() {
    return unknown;
  }
}
