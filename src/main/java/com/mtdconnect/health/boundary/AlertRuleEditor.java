package com.mtdconnect.health.boundary;

import com.mtdconnect.health.entity.AlertRule;
import com.mtdconnect.health.entity.AlertRuleDraft;
import com.mtdconnect.health.entity.AlertRuleInvalid;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/** The alert rules page: the rules per scope tag, one of them (or a new one) in the form. */
@Named
@ViewScoped
public class AlertRuleEditor implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "ruleForm";

  @Inject AlertRuleAdministration administration;

  private List<AlertRule> rules;
  private List<String> tags;
  private Long editing;
  private long version;
  private boolean secretSet;
  private AlertRuleDraft draft = new AlertRuleDraft();

  public void load() {
    rules = administration.rules();
    tags = administration.tagsToPick();
  }

  public void newRule() {
    editing = null;
    version = 0;
    secretSet = false;
    draft = new AlertRuleDraft();
  }

  public void edit(AlertRule rule) {
    editing = rule.getId();
    version = rule.getVersion();
    secretSet = rule.isWebhookSecretSet();
    draft = AlertRuleDraft.of(rule);
  }

  public void save() {
    AlertRule saved;
    try {
      saved = administration.save(editing, version, draft);
    } catch (AlertRuleInvalid e) {
      Messages.addError(FORM + ":" + e.field(), e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    edit(saved);
    load();
    Messages.addGlobalInfo("Alert rule for tag \"" + saved.getScopeTag() + "\" saved.");
  }

  public void delete(AlertRule rule) {
    administration.delete(rule.getId());
    if (rule.getId().equals(editing)) {
      newRule();
    }
    load();
    Messages.addGlobalInfo("Alert rule for tag \"" + rule.getScopeTag() + "\" deleted.");
  }

  public void sendTest(AlertRule rule) {
    int count = administration.sendTest(rule.getId());
    Messages.addGlobalInfo(
        "Test alert queued ("
            + count
            + (count == 1 ? " delivery" : " deliveries")
            + "); it leaves within seconds.");
  }

  public List<AlertRule> getRules() {
    return rules;
  }

  /** The tags the form offers: those tenants carry and the caller may manage. */
  public List<String> getTags() {
    return tags;
  }

  public AlertRuleDraft getDraft() {
    return draft;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public boolean isSecretSet() {
    return secretSet;
  }
}
