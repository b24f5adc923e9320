package com.mtdconnect.provisioning.boundary;

import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.provisioning.entity.InstallCount;
import com.mtdconnect.provisioning.entity.ProvisioningIntent;
import com.mtdconnect.provisioning.entity.ProvisioningPlan;
import com.mtdconnect.provisioning.entity.ProvisioningProgress;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The tenant's provisioning page: the stored intent, the plan against Intune now, apply with live
 * progress (polled while a run is active), resume, the run history, offboarding and the app's
 * install status. Microsoft's failures are shown in their plain words.
 */
@Named
@ViewScoped
public class ProvisioningConsole implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantProvisioning provisioning;
  @Inject InstallStatusCheck installStatusCheck;
  @Inject TenantRegistry registry;
  @Inject java.time.Clock clock;

  private Long tenantId;
  private Tenant tenant;
  private ProvisioningIntent intent;
  private ProvisioningPlan plan;
  private ProvisioningPlan offboardPlan;
  private ProvisioningProgress progress = ProvisioningProgress.none();
  private List<InstallCount> installCounts;

  public void load() throws IOException {
    if (tenantId == null) {
      Faces.responseSendError(404, "No tenant was named.");
      return;
    }
    try {
      intent = provisioning.intent(tenantId).orElse(null);
      tenant = registry.find(tenantId);
    } catch (TenantNotFound e) {
      Faces.responseSendError(404, e.getMessage());
      return;
    }
    progress = provisioning.progress(tenantId);
    // the plan as last computed: opening the page never asks Microsoft
    plan = intent == null ? null : provisioning.lastPlan(tenantId).orElse(null);
  }

  /** "Recompute plan": compares the intent with what the tenant's Intune holds now. */
  public void plan() {
    plan = ask(() -> provisioning.currentPlan(tenantId), plan);
  }

  /** How old the plan shown is, in words ("3 minutes"). */
  public String getPlanAge() {
    if (plan == null) {
      return "";
    }
    long minutes =
        java.time.Duration.between(plan.computedAt(), java.time.LocalDateTime.now(clock))
            .toMinutes();
    if (minutes < 1) {
      return "less than a minute";
    }
    if (minutes < 120) {
      return minutes + (minutes == 1 ? " minute" : " minutes");
    }
    long hours = minutes / 60;
    return hours < 48 ? hours + " hours" : hours / 24 + " days";
  }

  public void apply() {
    if (ask(() -> provisioning.apply(tenantId), null) != null) {
      Messages.addGlobalInfo("Applying in the background; the steps below update as they run.");
    }
    refresh();
  }

  /** Resumes the latest run: provisioning or offboarding, whichever it was. */
  public void resume() {
    if (progress.getLatest() != null
        && progress.getLatest().getPurpose()
            == com.mtdconnect.provisioning.entity.PlanPurpose.OFFBOARD) {
      offboard();
    } else {
      apply();
    }
  }

  public void refresh() {
    progress = provisioning.progress(tenantId);
  }

  public void planOffboarding() {
    offboardPlan = ask(() -> provisioning.offboardPlan(tenantId), offboardPlan);
  }

  public void offboard() {
    if (ask(() -> provisioning.offboard(tenantId), null) != null) {
      Messages.addGlobalInfo("Offboarding in the background: our objects are being removed.");
      offboardPlan = null;
    }
    refresh();
  }

  public void readInstallStatus() {
    installCounts = ask(() -> installStatusCheck.read(tenantId), installCounts);
  }

  private <T> T ask(Supplier<T> call, T otherwise) {
    try {
      return call.get();
    } catch (GraphFailure e) {
      Messages.addGlobalError(e.getMessage());
      return otherwise;
    }
  }

  public Long getTenantId() {
    return tenantId;
  }

  public void setTenantId(Long tenantId) {
    this.tenantId = tenantId;
  }

  public Tenant getTenant() {
    return tenant;
  }

  public ProvisioningIntent getIntent() {
    return intent;
  }

  public ProvisioningPlan getPlan() {
    return plan;
  }

  public ProvisioningPlan getOffboardPlan() {
    return offboardPlan;
  }

  /** Whether a run started after the plan shown was computed (Intune has changed since). */
  public boolean isPlanOutdated() {
    return plan != null
        && progress.getLatest() != null
        && !progress.getLatest().getStartedAt().isBefore(plan.computedAt());
  }

  public ProvisioningProgress getProgress() {
    return progress;
  }

  public List<InstallCount> getInstallCounts() {
    return installCounts;
  }

  /** "iOS, Android" for the intent. */
  public String getPlatforms() {
    return intent == null
        ? ""
        : String.join(", ", intent.platforms().stream().sorted().map(p -> p.getLabel()).toList());
  }

  public String getIncluded() {
    return intent == null
        ? ""
        : String.join(", ", intent.included().stream().map(g -> g.displayName()).toList());
  }

  public String getExcluded() {
    return intent == null || intent.excluded().isEmpty()
        ? "none"
        : String.join(", ", intent.excluded().stream().map(g -> g.displayName()).toList());
  }
}
