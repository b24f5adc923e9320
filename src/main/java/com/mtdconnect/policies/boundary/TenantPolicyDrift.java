package com.mtdconnect.policies.boundary;

import com.mtdconnect.platform.entity.ProblemForUser;
import com.mtdconnect.policies.entity.DriftRow;
import com.mtdconnect.policies.entity.PublishRow;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/**
 * The drift panel of a tenant policy's page: what Intune holds that differs from the published
 * values, and the two ways out: accept (the policy adopts Intune's values) or revert (publish
 * again).
 */
@Named
@ViewScoped
public class TenantPolicyDrift implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PolicyDrifts drifts;
  @Inject TenantPolicyEditor editor;

  private List<DriftRow> rows;
  private String comment = "";

  /** The drifted fields (read once per view and after each action). */
  public List<DriftRow> getRows() {
    if (rows == null) {
      rows = drifts.of(editor.getTenantId(), editor.getPolicyId());
    }
    return rows;
  }

  /** Whether every drifted field can be accepted (a deleted policy or gating off cannot). */
  public boolean isAdoptable() {
    return getRows().stream().allMatch(DriftRow::isAdoptable);
  }

  public void accept() {
    try {
      int version = drifts.accept(editor.getTenantId(), editor.getPolicyId(), comment);
      comment = "";
      Messages.addGlobalInfo(
          "Accepted: the policy takes Intune''s values as version {0}; later checks compare"
              + " with it.",
          version);
    } catch (ProblemForUser e) {
      Messages.addGlobalError(e.getMessage());
    }
    reload();
  }

  public void revert() {
    try {
      PublishRow outcome = drifts.revert(editor.getTenantId(), editor.getPolicyId());
      if (outcome.outcome() == PublishRow.Outcome.PUBLISHED) {
        Messages.addGlobalInfo(outcome.detail());
      } else {
        Messages.addGlobalError(outcome.detail());
      }
    } catch (ProblemForUser e) {
      Messages.addGlobalError(e.getMessage());
    }
    reload();
  }

  private void reload() {
    rows = null;
    editor.refresh();
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment == null ? "" : comment;
  }
}
