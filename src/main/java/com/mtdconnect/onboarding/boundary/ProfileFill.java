package com.mtdconnect.onboarding.boundary;

import com.mtdconnect.onboarding.entity.OnboardingProfile;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/** "Fill from profile" in the wizard: one profile fills the tenant's steps 2 to 4. */
@Named
@ViewScoped
public class ProfileFill implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProfileApplication application;
  @Inject OnboardingProfiles profiles;
  @Inject OnboardingWizard wizard;

  private Long profileId;
  private List<OnboardingProfile> list;

  public void apply() {
    wizard.filled(application.apply(wizard.getTenantId(), profileId));
    Messages.addGlobalInfo(
        "Filled from profile \"{0}\": check each step.",
        wizard.getOverview().getOnboarding().getProfileName());
  }

  /** The MSP's profiles, read once per view. */
  public List<OnboardingProfile> getProfiles() {
    if (list == null) {
      list = profiles.list();
    }
    return list;
  }

  public Long getProfileId() {
    return profileId;
  }

  public void setProfileId(Long profileId) {
    this.profileId = profileId;
  }
}
