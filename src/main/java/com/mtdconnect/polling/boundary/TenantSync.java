package com.mtdconnect.polling.boundary;

import com.mtdconnect.platform.entity.ProblemForUser;
import com.mtdconnect.polling.entity.RoundOutcome;
import com.mtdconnect.polling.entity.TenantSyncStatus;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/** The "Polling" panel of the tenant page: next round, last outcome with its reason, "Sync now". */
@Named
@ViewScoped
public class TenantSync implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject JobHistory history;

  private Long loadedFor;
  private TenantSyncStatus status;

  /** The tenant's polling state (read once per tenant and refresh). */
  public TenantSyncStatus status(long tenantId) {
    if (loadedFor == null || loadedFor != tenantId) {
      status = history.status(tenantId);
      loadedFor = tenantId;
    }
    return status;
  }

  public void refresh(long tenantId) {
    loadedFor = null;
    status(tenantId);
  }

  public void syncNow(long tenantId) {
    try {
      if (history.syncNow(tenantId)) {
        Messages.addGlobalInfo(
            status(tenantId).getLastOutcome() == RoundOutcome.THROTTLED
                ? "A round was requested; Microsoft asked us to wait, so it starts when Microsoft"
                    + " allows (see Next round)."
                : "A round was requested; it starts within a few seconds.");
      } else {
        Messages.addGlobalWarn(
            "A round is running right now; its result appears here when it ends.");
      }
    } catch (ProblemForUser e) {
      Messages.addGlobalError(e.getMessage());
    }
    refresh(tenantId);
  }
}
