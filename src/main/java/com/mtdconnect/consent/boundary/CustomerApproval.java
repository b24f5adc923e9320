package com.mtdconnect.consent.boundary;

import com.mtdconnect.consent.control.ConsentSettings;
import com.mtdconnect.consent.entity.CustomerInvitation;
import com.mtdconnect.consent.entity.LinkNotUsable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The public page a customer's administrator opens from the MSP's consent link. Request-scoped in a
 * stateless view, so that opening a link creates no session: the button's postback carries the link
 * in its URL (a session-less visitor, a link scanner, holds nothing on the server).
 */
@Named
@RequestScoped
public class CustomerApproval {

  @Inject CustomerConsent consent;
  @Inject ConsentSettings settings;

  private String link;
  private CustomerInvitation invitation;
  private LinkNotUsable.Reason problem;

  public void load() {
    try {
      invitation = consent.open(link);
    } catch (LinkNotUsable e) {
      problem = e.reason();
    }
  }

  /** "Review and approve in Microsoft": off to Microsoft's admin-consent endpoint. */
  public void approve() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      String binding =
          BrowserBinding.ensure(
              (HttpServletRequest) external.getRequest(),
              (HttpServletResponse) external.getResponse(),
              settings.stateLifetime());
      external.redirect(consent.begin(link, binding));
      faces.responseComplete();
    } catch (LinkNotUsable e) {
      invitation = null;
      problem = e.reason();
    }
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }

  public CustomerInvitation getInvitation() {
    return invitation;
  }

  /** Why the link does not work, in the customer's words; null when it works. */
  public String getProblemTitle() {
    if (problem == null) {
      return null;
    }
    return switch (problem) {
      case INVALID -> "This link is not valid";
      case EXPIRED -> "This link has expired";
      case REPLACED -> "This link was replaced by a newer one";
      case ALREADY_USED -> "You have already approved with this link";
      case WITHDRAWN -> "This request was withdrawn";
    };
  }

  /**
   * The style of the link's state: a link already used means the customer's work is done, and is
   * shown as such (not as an error); a withdrawn or replaced request is neutral news; the others
   * are problems the customer has to act on.
   */
  public String getProblemStyle() {
    if (problem == null) {
      return null;
    }
    return switch (problem) {
      case ALREADY_USED -> "portal-customer-done";
      case WITHDRAWN, REPLACED -> "portal-customer-notice";
      case INVALID, EXPIRED -> "portal-customer-problem";
    };
  }

  public String getProblemText() {
    if (problem == null) {
      return null;
    }
    return switch (problem) {
      case INVALID ->
          "The address may have been cut off or changed when it was copied. Open the link from the"
              + " mail again, or ask your service provider for a new one.";
      case EXPIRED ->
          "For your security, consent links only work for a limited time. Ask your service"
              + " provider to send you a new link.";
      case REPLACED ->
          "Your service provider sent a newer link. Use the most recent mail, or ask them to send"
              + " it again.";
      case ALREADY_USED ->
          "Your organization has already approved with this link; nothing more is needed. If"
              + " something is still missing, your service provider will send a new link.";
      case WITHDRAWN ->
          "Your service provider no longer needs this approval. Contact them if this is"
              + " unexpected.";
    };
  }
}
