package com.mtdconnect.onboarding.boundary;

import com.mtdconnect.consent.boundary.ConsentLinks;
import com.mtdconnect.onboarding.entity.DevicePlatform;
import com.mtdconnect.onboarding.entity.DeviceThreatLevel;
import com.mtdconnect.onboarding.entity.OnboardingOverview;
import com.mtdconnect.onboarding.entity.StepView;
import com.mtdconnect.onboarding.entity.SyncCost;
import com.mtdconnect.onboarding.entity.SyncFrequency;
import com.mtdconnect.onboarding.entity.TenantOnboarding;
import com.mtdconnect.onboarding.entity.WizardStep;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The onboarding wizard of one tenant: the step bar, moving between steps, the platforms and
 * frequency steps, cancel and resume. Group targeting is {@link GroupTargeting}, filling the
 * choices from a profile {@link ProfileFill}. Every action stores through {@link TenantOnboardings}
 * and shows the overview it returns, so the whole page is current after each one.
 */
@Named
@ViewScoped
public class OnboardingWizard implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantOnboardings onboardings;
  @Inject StaffAccess access;
  @Inject ConsentLinks consentLinks;

  private Long tenantId;
  private OnboardingOverview overview;
  private WizardStep current = WizardStep.CONSENT;
  private List<DevicePlatform> platforms = new ArrayList<>();
  private DeviceThreatLevel threatLevel = DeviceThreatLevel.MEDIUM;
  private SyncFrequency frequency = SyncFrequency.DEFAULT;

  /** Runs when the page is opened: shows where the tenant stands and opens the step to resume. */
  public void load() throws IOException {
    if (tenantId == null) {
      Faces.responseSendError(404, "No tenant was named.");
      return;
    }
    try {
      show(onboardings.overview(tenantId));
      current = overview.getResumeStep();
    } catch (TenantNotFound e) {
      Faces.responseSendError(404, e.getMessage());
    }
  }

  /** Shows a fresh overview and takes its saved choices into the form fields. */
  void show(OnboardingOverview fresh) {
    overview = fresh;
    TenantOnboarding o = fresh.getOnboarding();
    if (o != null) {
      platforms = new ArrayList<>(o.getPlatforms());
      threatLevel = o.getThreatLevel();
      frequency = o.getSyncFrequency();
    }
  }

  public void open(WizardStep step) {
    current = step;
  }

  public void next() {
    current = WizardStep.values()[Math.min(current.ordinal() + 1, WizardStep.values().length - 1)];
  }

  public void back() {
    current = WizardStep.values()[Math.max(current.ordinal() - 1, 0)];
  }

  public void refresh() {
    show(onboardings.overview(tenantId));
  }

  public void start() {
    show(onboardings.start(tenantId));
    current = overview.getResumeStep();
    Messages.addGlobalInfo("Onboarding of {0} is running; every step is saved as you go.", name());
  }

  public void cancel() {
    show(onboardings.cancel(tenantId));
    Messages.addGlobalInfo(
        "Onboarding of {0} cancelled. Your choices are kept and nothing already applied in Intune"
            + " was undone; resume whenever you like.",
        name());
  }

  public void savePlatforms() {
    show(
        onboardings.savePlatforms(
            tenantId,
            platforms.isEmpty() ? EnumSet.noneOf(DevicePlatform.class) : EnumSet.copyOf(platforms),
            threatLevel));
    saved(WizardStep.PLATFORMS);
  }

  public void saveFrequency() {
    show(onboardings.saveFrequency(tenantId, frequency));
    saved(WizardStep.SYNC_FREQUENCY);
  }

  public void readTenantSize() {
    show(onboardings.readTenantSize(tenantId));
  }

  /** Consent's own re-consent action: a link for exactly the missing permissions, mailed. */
  public void sendReconsentLink() {
    try {
      consentLinks.sendReconsentLink(tenantId);
      Messages.addGlobalInfo("Re-consent link sent to the tenant's contact.");
    } finally {
      refresh();
    }
  }

  /** After a profile filled the choices: show them and go to the first step not done. */
  void filled(OnboardingOverview fresh) {
    show(fresh);
    current = overview.getResumeStep();
  }

  private void saved(WizardStep step) {
    StepView view = overview.step(step);
    if (view.isDone()) {
      Messages.addGlobalInfo("{0} saved.", step.getLabel());
      next();
    } else {
      Messages.addGlobalWarn(
          "{0} saved, but it needs attention: {1}", step.getLabel(), reason(view));
    }
  }

  private static String reason(StepView view) {
    return view.getMissingPermissions().isEmpty()
        ? view.getReason()
        : view.getReason() + " " + view.getMissingPermissionsText();
  }

  private String name() {
    return overview.getTenantName();
  }

  // ---- for the page

  public StepView getStep() {
    return overview.step(current);
  }

  public SyncCost costOf(SyncFrequency choice) {
    return overview.costAt(choice);
  }

  public SyncCost getCost() {
    return overview.costAt(frequency);
  }

  /** Whether the choices can be changed here: started, not cancelled, and the caller may. */
  public boolean isEditable() {
    return overview.isStarted() && !overview.isCancelled() && access.may(Permission.ONBOARDING_RUN);
  }

  public Long getTenantId() {
    return tenantId;
  }

  public void setTenantId(Long tenantId) {
    this.tenantId = tenantId;
  }

  public OnboardingOverview getOverview() {
    return overview;
  }

  public WizardStep getCurrent() {
    return current;
  }

  public List<DevicePlatform> getPlatforms() {
    return platforms;
  }

  public void setPlatforms(List<DevicePlatform> platforms) {
    this.platforms = platforms == null ? new ArrayList<>() : new ArrayList<>(platforms);
  }

  public DeviceThreatLevel getThreatLevel() {
    return threatLevel;
  }

  public void setThreatLevel(DeviceThreatLevel threatLevel) {
    this.threatLevel = threatLevel;
  }

  public SyncFrequency getFrequency() {
    return frequency;
  }

  public void setFrequency(SyncFrequency frequency) {
    this.frequency = frequency;
  }
}
