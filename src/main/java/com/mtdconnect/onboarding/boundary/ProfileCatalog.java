package com.mtdconnect.onboarding.boundary;

import com.mtdconnect.onboarding.entity.DevicePlatform;
import com.mtdconnect.onboarding.entity.DeviceThreatLevel;
import com.mtdconnect.onboarding.entity.OnboardingProfile;
import com.mtdconnect.onboarding.entity.ProfileDraft;
import com.mtdconnect.onboarding.entity.SyncFrequency;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Ajax;
import org.omnifaces.util.Messages;

/** The onboarding profiles page: lists the MSP's profiles and creates, edits or deletes one. */
@Named
@ViewScoped
public class ProfileCatalog implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OnboardingProfiles profiles;

  private List<OnboardingProfile> list;
  private ProfileDraft draft = new ProfileDraft();
  private Long editingId;
  private long editingVersion;

  /** Runs when the page is opened; refuses (403) staff who may read no profile. */
  public void load() {
    list = profiles.list();
  }

  public void newProfile() {
    draft = new ProfileDraft();
    editingId = null;
  }

  public void edit(OnboardingProfile profile) {
    draft = ProfileDraft.of(profile);
    editingId = profile.getId();
    editingVersion = profile.getVersion();
  }

  public void save() {
    OnboardingProfile saved =
        editingId == null
            ? profiles.create(draft)
            : profiles.update(editingId, editingVersion, draft);
    list = profiles.list();
    Ajax.oncomplete("PF('editor').hide()");
    Messages.addGlobalInfo("Profile \"{0}\" saved.", saved.getName());
  }

  public void delete(OnboardingProfile profile) {
    profiles.delete(profile.getId());
    list = profiles.list();
    Messages.addGlobalInfo(
        "Profile \"{0}\" deleted. Tenants it filled keep their choices.", profile.getName());
  }

  public List<OnboardingProfile> getList() {
    return list;
  }

  public ProfileDraft getDraft() {
    return draft;
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public DevicePlatform[] getPlatformChoices() {
    return DevicePlatform.values();
  }

  public DeviceThreatLevel[] getThreatLevels() {
    return DeviceThreatLevel.values();
  }

  public SyncFrequency[] getFrequencies() {
    return SyncFrequency.values();
  }
}
