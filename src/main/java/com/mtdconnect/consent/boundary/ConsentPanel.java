package com.mtdconnect.consent.boundary;

import com.mtdconnect.consent.entity.ConsentLink;
import com.mtdconnect.consent.entity.ConsentOverview;
import com.mtdconnect.consent.entity.LinkStatus;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/** The "Consent" panel of the tenant page. */
@Named
@ViewScoped
public class ConsentPanel implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ConsentLinks links;
  @Inject ConsentVerification verification;
  @Inject Clock clock;

  private long tenantId;
  private ConsentOverview overview;

  /** The overview of this tenant, read once per view and after every action. */
  public ConsentOverview overviewOf(long tenant) {
    if (overview == null || tenantId != tenant) {
      tenantId = tenant;
      overview = links.overview(tenant);
    }
    return overview;
  }

  /** Reads the overview again, if this view showed it (staff without Consent: Read never do). */
  public void refresh() {
    if (overview != null) {
      overview = links.overview(tenantId);
    }
  }

  public void createLink() {
    links.createLink(tenantId);
    refresh();
    info("New consent link created. Older links no longer work.");
  }

  public void sendLink(long linkId) {
    ConsentLink link;
    try {
      link = links.sendLink(tenantId, linkId);
    } finally {
      refresh(); // also after a refused mail: the attempt is kept
    }
    info("Consent link sent to " + link.getSentTo() + ".");
  }

  public void sendReconsentLink() {
    ConsentLink link;
    try {
      link = links.sendReconsentLink(tenantId);
    } finally {
      refresh(); // also after a refused mail: the new link is kept and can be copied
    }
    info(
        "Re-consent link for "
            + link.getRequestedPermissions().size()
            + " missing permissions sent to "
            + link.getSentTo()
            + ".");
  }

  public void verifyNow() {
    verification.verifyNow(tenantId);
    refresh();
    info("Consent verified with Microsoft: " + overview.getStateLabel() + ".");
  }

  /** A link's status now (expired once past its date). */
  public LinkStatus statusOf(ConsentLink link) {
    return link.statusAt(LocalDateTime.now(clock));
  }

  public boolean isVerifying() {
    return overview != null
        && overview.getStatus().getStatus()
            == com.mtdconnect.consent.entity.ConsentStatus.VERIFYING;
  }

  private static void info(String text) {
    Messages.addGlobalInfo(text);
  }
}
