package com.mtdconnect.consent.boundary;

import com.mtdconnect.consent.entity.StateRejected;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Locale;

/** Explains to the customer why Microsoft's redirect could not be accepted. */
@Named
@RequestScoped
public class RefusedReply {

  private String reason;

  private StateRejected.Reason parsed() {
    return Arrays.stream(StateRejected.Reason.values())
        .filter(r -> r.name().toLowerCase(Locale.ROOT).equals(reason))
        .findFirst()
        .orElse(StateRejected.Reason.UNKNOWN);
  }

  public String getTitle() {
    return switch (parsed()) {
      case UNKNOWN -> "We could not match this reply from Microsoft";
      case EXPIRED -> "This approval took too long";
      case REPLAYED -> "This reply was already processed";
      case OTHER_BROWSER -> "Please finish in the browser where you started";
    };
  }

  public String getText() {
    return switch (parsed()) {
      case UNKNOWN ->
          "The reply did not come from an approval started on our page, so nothing was changed."
              + " Open the consent link from your service provider's mail and start again.";
      case EXPIRED ->
          "For your security, an approval must be finished within a short time. Nothing was"
              + " changed here; open the consent link again and approve once more.";
      case REPLAYED ->
          "The page was reloaded or opened twice. Your first answer counts; there is nothing more"
              + " to do here. If you are unsure, open the consent link again.";
      case OTHER_BROWSER ->
          "The approval was started in another browser or window. Open the consent link again in"
              + " this browser and approve from there.";
    };
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
