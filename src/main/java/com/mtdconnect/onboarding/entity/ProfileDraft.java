package com.mtdconnect.onboarding.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An onboarding profile as its editor holds it, validated before it is saved. */
public class ProfileDraft implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank(message = "Give the profile a name.")
  @Size(max = 100, message = "At most 100 characters.")
  private String name = "";

  @NotEmpty(message = "Choose at least one platform.")
  private Set<DevicePlatform> platforms = EnumSet.allOf(DevicePlatform.class);

  @NotNull(message = "Choose a sync frequency.")
  private SyncFrequency syncFrequency = SyncFrequency.DEFAULT;

  @NotNull(message = "Choose a threat level.")
  private DeviceThreatLevel threatLevel = DeviceThreatLevel.MEDIUM;

  @NotEmpty(message = "Name at least one group prefix to include, e.g. MTD-.")
  @Size(max = 10, message = "At most 10 prefixes.")
  private List<
          @NotBlank @Size(max = 60, message = "A prefix has at most 60 characters.")
          @Pattern(regexp = "[^'\"]*", message = "A prefix cannot contain quotes.") String>
      includePrefixes = new ArrayList<>();

  @Size(max = 10, message = "At most 10 prefixes.")
  private List<
          @NotBlank @Size(max = 60, message = "A prefix has at most 60 characters.")
          @Pattern(regexp = "[^'\"]*", message = "A prefix cannot contain quotes.") String>
      excludePrefixes = new ArrayList<>();

  public ProfileDraft() {}

  public static ProfileDraft of(OnboardingProfile profile) {
    ProfileDraft d = new ProfileDraft();
    d.name = profile.getName();
    d.platforms = EnumSet.copyOf(profile.getPlatformSet());
    d.syncFrequency = profile.getSyncFrequency();
    d.threatLevel = profile.getThreatLevel();
    d.includePrefixes = new ArrayList<>(profile.getIncludePrefixes());
    d.excludePrefixes = new ArrayList<>(profile.getExcludePrefixes());
    return d;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? "" : name.trim();
  }

  public Set<DevicePlatform> getPlatforms() {
    return platforms;
  }

  public void setPlatforms(Set<DevicePlatform> platforms) {
    this.platforms = platforms;
  }

  /** For a multi-select bound to a list. */
  public List<DevicePlatform> getPlatformList() {
    return new ArrayList<>(platforms);
  }

  public void setPlatformList(List<DevicePlatform> list) {
    this.platforms =
        list == null || list.isEmpty()
            ? EnumSet.noneOf(DevicePlatform.class)
            : EnumSet.copyOf(list);
  }

  public SyncFrequency getSyncFrequency() {
    return syncFrequency;
  }

  public void setSyncFrequency(SyncFrequency syncFrequency) {
    this.syncFrequency = syncFrequency;
  }

  public DeviceThreatLevel getThreatLevel() {
    return threatLevel;
  }

  public void setThreatLevel(DeviceThreatLevel threatLevel) {
    this.threatLevel = threatLevel;
  }

  public List<String> getIncludePrefixes() {
    return includePrefixes;
  }

  public void setIncludePrefixes(List<String> includePrefixes) {
    this.includePrefixes = trimmed(includePrefixes);
  }

  public List<String> getExcludePrefixes() {
    return excludePrefixes;
  }

  public void setExcludePrefixes(List<String> excludePrefixes) {
    this.excludePrefixes = trimmed(excludePrefixes);
  }

  private static List<String> trimmed(List<String> values) {
    List<String> result = new ArrayList<>();
    if (values != null) {
      values.stream().map(String::trim).filter(v -> !v.isEmpty()).distinct().forEach(result::add);
    }
    return result;
  }
}
