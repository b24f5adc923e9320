package com.mtdconnect.policies.boundary;

import com.mtdconnect.policies.control.PolicyValidation;
import com.mtdconnect.policies.entity.PolicyInvalid;
import com.mtdconnect.policies.entity.PolicyNotFound;
import com.mtdconnect.policies.entity.PolicyValues;
import com.mtdconnect.policies.entity.SettingRow;
import com.mtdconnect.policies.entity.TenantPolicyView;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A tenant policy's page: every setting with the template's value and whether the tenant overrides
 * it, overrides saved as a new version with a comment, and the versions compared.
 */
@Named
@ViewScoped
public class TenantPolicyEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantPolicies policies;

  private Long tenantId;
  private Long policyId;
  private TenantPolicyView policy;
  private List<SettingRow> rows;
  private String comment = "";
  private final VersionComparison comparison = new VersionComparison();

  public void load() throws IOException {
    if (tenantId == null || policyId == null) {
      Faces.responseSendError(404, "No tenant policy was named.");
      return;
    }
    try {
      show(policies.find(tenantId, policyId));
    } catch (PolicyNotFound | TenantNotFound e) {
      Faces.responseSendError(404, e.getMessage());
    }
  }

  /** Reads the policy again (after an action of another panel of the page). */
  public void refresh() {
    show(policies.find(tenantId, policyId));
  }

  private void show(TenantPolicyView view) {
    policy = view;
    rows = SettingRow.of(view.templateValues(), view.overrides());
    comparison.reset(policies.versions(tenantId, policyId));
  }

  /** Ticking or unticking "override" shows the template's value again when unticked. */
  public void toggled(SettingRow row) {
    if (!row.isOverridden()) {
      row.setValue(policy.templateValues().get(row.getKey()).orElse(row.getValue()));
    }
  }

  public void save() {
    Map<String, String> overrides = new LinkedHashMap<>();
    rows.stream()
        .filter(SettingRow::isOverridden)
        .forEach(r -> overrides.put(r.getKey(), r.getValue() == null ? "" : r.getValue().trim()));
    PolicyValues effective = policy.templateValues().overriddenBy(overrides);
    if (!SettingRows.mark(rows, PolicyValidation.problems(policy.getPlatform(), effective))) {
      return;
    }
    try {
      show(policies.save(tenantId, policyId, policy.lockVersion(), overrides, comment));
    } catch (PolicyInvalid e) {
      SettingRows.mark(rows, e);
      return;
    }
    comment = "";
    Messages.addGlobalInfo("Saved as version {0}.", policy.getCurrentVersion());
  }

  public void compare() {
    comparison.show(policies.diff(tenantId, policyId, comparison.getFrom(), comparison.getTo()));
  }

  public Long getTenantId() {
    return tenantId;
  }

  public void setTenantId(Long tenantId) {
    this.tenantId = tenantId;
  }

  public Long getPolicyId() {
    return policyId;
  }

  public void setPolicyId(Long policyId) {
    this.policyId = policyId;
  }

  public TenantPolicyView getPolicy() {
    return policy;
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

  public VersionComparison getComparison() {
    return comparison;
  }
}
