package com.mtdconnect.onboarding.boundary;

import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.provisioning.entity.PlanAction;
import com.mtdconnect.provisioning.entity.ProvisioningPlan;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The wizard's plan step: hands the choices to provisioning and opens the tenant's provisioning
 * page, where the plan is reviewed and applied with live progress and the install status read.
 */
@Named
@ViewScoped
public class WizardPlanning implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OnboardingHandOff handOff;
  @Inject OnboardingWizard wizard;

  public void computePlan() throws IOException {
    ProvisioningPlan plan;
    try {
      plan = handOff.plan(wizard.getTenantId());
    } catch (GraphFailure e) {
      Messages.addGlobalError("The plan could not be computed: {0}", e.getMessage());
      wizard.refresh();
      return;
    }
    Messages.addFlashGlobalInfo(
        "Plan computed against {0}'s Intune: {1} to create, {2} to update, {3} unchanged, {4}"
            + " blocked. Review it, then apply.",
        wizard.getOverview().getTenantName(),
        plan.count(PlanAction.CREATE),
        plan.count(PlanAction.UPDATE),
        plan.count(PlanAction.UNCHANGED),
        plan.count(PlanAction.BLOCKED));
    Faces.redirect("provisioning/tenant.xhtml?tenant=%s", wizard.getTenantId().toString());
  }
}
