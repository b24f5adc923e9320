package com.mtdconnect.policies.boundary;

import com.mtdconnect.policies.entity.PolicyPreset;
import com.mtdconnect.policies.entity.PolicyTemplate;
import com.mtdconnect.provisioning.entity.Platform;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The policy templates page: the MSP's templates, a new one from a preset, delete one. */
@Named
@ViewScoped
public class PolicyTemplateList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PolicyTemplates templates;

  private List<PolicyTemplate> list;
  private String name;
  private Platform platform = Platform.IOS;
  private PolicyPreset preset = PolicyPreset.STANDARD;

  /** Runs when the page opens; refuses (403) staff who may not read policies. */
  public void load() {
    list = templates.list();
  }

  /** Creates the template and opens it. */
  public void create() {
    PolicyTemplate created = templates.create(name, platform, preset);
    Messages.addFlashGlobalInfo(
        "Template \"{0}\" created from the {1} preset as version 1.",
        created.getName(), preset.getLabel());
    Faces.redirect("policies/template.xhtml?template=%s", String.valueOf(created.getId()));
  }

  public void delete(PolicyTemplate template) {
    templates.delete(template.getId());
    list = templates.list();
    Messages.addGlobalInfo("Template \"{0}\" deleted.", template.getName());
  }

  public List<PolicyTemplate> getList() {
    return list;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Platform getPlatform() {
    return platform;
  }

  public void setPlatform(Platform platform) {
    this.platform = platform;
  }

  public PolicyPreset getPreset() {
    return preset;
  }

  public void setPreset(PolicyPreset preset) {
    this.preset = preset;
  }

  public Platform[] getPlatforms() {
    return Platform.values();
  }

  public PolicyPreset[] getPresets() {
    return PolicyPreset.values();
  }
}
