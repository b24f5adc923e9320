package com.mtdconnect.onboarding.boundary;

import com.mtdconnect.onboarding.entity.ProfileRunView;
import com.mtdconnect.platform.entity.ProblemForUser;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/**
 * "Apply to selected tenants" on the profiles page: picks tenants from those the operator may run
 * onboarding on and starts a profile run (fill, plan, apply per tenant in the background); shows
 * the latest run with each tenant's progress and result, polled while it is active, and offers
 * "Retry failed tenants" (or "Resume" for an interrupted run).
 */
@Named
@ViewScoped
public class ProfileRollout implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProfileRuns runs;
  @Inject OnboardingProfiles profiles;

  private Long profileId;
  private List<Long> tenantIds = new ArrayList<>();
  private List<Tenant> tenants;
  private ProfileRunView run;
  private boolean runRead;

  public void apply() {
    try {
      long id = runs.start(profileId, tenantIds);
      run = runs.find(id).orElse(null);
      runRead = true;
      tenantIds = new ArrayList<>();
      Messages.addGlobalInfo(
          "Profile run started for {0} tenants: each is filled, planned and applied; follow them"
              + " below.",
          run == null ? 0 : run.total());
    } catch (ProblemForUser e) {
      Messages.addGlobalError(e.getMessage());
    }
  }

  /** "Retry failed tenants" / "Resume". */
  public void retry() {
    try {
      int n = runs.retry(getRun().getRunId());
      refresh();
      Messages.addGlobalInfo("{0} tenants run again.", n);
    } catch (ProblemForUser e) {
      refresh();
      Messages.addGlobalError(e.getMessage());
    }
  }

  /** Reads the run again (the poll, while it is active). */
  public void refresh() {
    run =
        Optional.ofNullable(run)
            .flatMap(r -> runs.find(r.getRunId()))
            .or(() -> runs.latest())
            .orElse(null);
    runRead = true;
  }

  /** The run shown: the one started here, else the latest, read once per request of the view. */
  public ProfileRunView getRun() {
    if (!runRead) {
      refresh();
    }
    return run;
  }

  public boolean isPolling() {
    return getRun() != null && getRun().isActive();
  }

  /** The tenants the operator may run onboarding on, read once per view. */
  public List<Tenant> getTenants() {
    if (tenants == null) {
      tenants = profiles.tenantsToPick();
    }
    return tenants;
  }

  public Long getProfileId() {
    return profileId;
  }

  public void setProfileId(Long profileId) {
    this.profileId = profileId;
  }

  public List<Long> getTenantIds() {
    return tenantIds;
  }

  public void setTenantIds(List<Long> tenantIds) {
    this.tenantIds = tenantIds == null ? new ArrayList<>() : new ArrayList<>(tenantIds);
  }
}
