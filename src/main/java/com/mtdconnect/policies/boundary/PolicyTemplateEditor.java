package com.mtdconnect.policies.boundary;

import com.mtdconnect.policies.control.PolicyValidation;
import com.mtdconnect.policies.entity.PolicyField;
import com.mtdconnect.policies.entity.PolicyInvalid;
import com.mtdconnect.policies.entity.PolicyNotFound;
import com.mtdconnect.policies.entity.PolicyPreset;
import com.mtdconnect.policies.entity.PolicyTemplate;
import com.mtdconnect.policies.entity.PolicyValues;
import com.mtdconnect.policies.entity.SettingRow;
import com.mtdconnect.policies.entity.TenantPolicyRow;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One template's page: its settings (Intune-enforced and app configuration keys), saved as a new
 * version with a comment; its versions and the difference between two; the tenants inheriting it
 * and giving it to more tenants.
 */
@Named
@ViewScoped
public class PolicyTemplateEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PolicyTemplates templates;
  @Inject StaffAccess access;

  private Long templateId;
  private PolicyTemplate template;
  private String name;
  private List<SettingRow> rows;
  private String comment = "";
  private String newKey = "";
  private String newValue = "";
  private final VersionComparison comparison = new VersionComparison();
  private List<TenantPolicyRow> tenantPolicies;
  private List<Tenant> tenantsToPick = List.of();
  private List<Long> pickedTenants = new ArrayList<>();

  public void load() throws IOException {
    if (templateId == null) {
      Faces.responseSendError(404, "No template was named.");
      return;
    }
    try {
      template = templates.find(templateId);
    } catch (PolicyNotFound e) {
      Faces.responseSendError(404, e.getMessage());
      return;
    }
    name = template.getName();
    rows = SettingRow.of(template.values());
    refreshAround();
  }

  /** The versions, the tenants with the template and the picker read again (after a publish). */
  void refresh() {
    refreshAround();
  }

  private void refreshAround() {
    comparison.reset(templates.versions(templateId));
    tenantPolicies = templates.tenantPolicies(templateId);
    tenantsToPick = access.may(Permission.POLICIES_ASSIGN) ? templates.tenantsToPick() : List.of();
  }

  /** Fills the settings with a preset's values (saved only with "Save"). */
  public void applyPreset(String presetName) {
    PolicyPreset preset = PolicyPreset.valueOf(presetName);
    rows = SettingRow.of(preset.values(template.getPlatform()));
    Messages.addGlobalInfo(
        "The {0} preset's values are filled in; save to make them version {1}.",
        preset.getLabel(), template.getCurrentVersion() + 1);
  }

  public void addAppSetting() {
    String key = PolicyField.APP_PREFIX + newKey.trim();
    if (rows.stream().anyMatch(r -> r.getKey().equals(key))) {
      Messages.addError("rows:newKey", "This template has the key {0} already.", newKey.trim());
      return;
    }
    rows.add(new SettingRow(key, null, newValue.trim(), false));
    newKey = "";
    newValue = "";
  }

  public void removeAppSetting(SettingRow row) {
    rows.remove(row);
  }

  public void save() {
    Map<String, String> values = values();
    if (!SettingRows.mark(
        rows, PolicyValidation.problems(template.getPlatform(), PolicyValues.of(values)))) {
      return;
    }
    try {
      template = templates.save(templateId, template.getVersion(), name, values, comment);
    } catch (PolicyInvalid e) {
      SettingRows.mark(rows, e);
      return;
    }
    rows = SettingRow.of(template.values());
    comment = "";
    refreshAround();
    Messages.addGlobalInfo(
        "Saved as version {0}. Tenant policies inheriting it now have the new values.",
        template.getCurrentVersion());
  }

  public void compare() {
    comparison.show(templates.diff(templateId, comparison.getFrom(), comparison.getTo()));
  }

  public void assign() {
    int created = templates.assign(templateId, pickedTenants);
    pickedTenants = new ArrayList<>();
    refreshAround();
    Messages.addGlobalInfo(
        "{0} tenant(s) now have a policy inheriting \"{1}\".", created, template.getName());
  }

  private Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    rows.forEach(r -> values.put(r.getKey(), r.getValue() == null ? "" : r.getValue().trim()));
    return values;
  }

  public Long getTemplateId() {
    return templateId;
  }

  public void setTemplateId(Long templateId) {
    this.templateId = templateId;
  }

  public PolicyTemplate getTemplate() {
    return template;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<SettingRow> getRows() {
    return rows;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment == null ? "" : comment;
  }

  public String getNewKey() {
    return newKey;
  }

  public void setNewKey(String newKey) {
    this.newKey = newKey == null ? "" : newKey;
  }

  public String getNewValue() {
    return newValue;
  }

  public void setNewValue(String newValue) {
    this.newValue = newValue == null ? "" : newValue;
  }

  public VersionComparison getComparison() {
    return comparison;
  }

  public List<TenantPolicyRow> getTenantPolicies() {
    return tenantPolicies;
  }

  public List<Tenant> getTenantsToPick() {
    return tenantsToPick;
  }

  public List<Long> getPickedTenants() {
    return pickedTenants;
  }

  public void setPickedTenants(List<Long> pickedTenants) {
    this.pickedTenants = pickedTenants;
  }

  public PolicyPreset[] getPresets() {
    return PolicyPreset.values();
  }

  /** What the values on the page are now: a preset's name or "Custom". */
  public String getStrength() {
    return PolicyPreset.labelOf(template.getPlatform(), PolicyValues.of(values()));
  }
}
