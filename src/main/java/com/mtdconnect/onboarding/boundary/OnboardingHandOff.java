package com.mtdconnect.onboarding.boundary;

import com.mtdconnect.onboarding.control.ProvisioningHandOff;
import com.mtdconnect.onboarding.entity.ChoicesIncomplete;
import com.mtdconnect.provisioning.boundary.TenantProvisioning;
import com.mtdconnect.provisioning.entity.ProvisioningPlan;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.TenantId;
import com.mtdconnect.rbac.entity.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The wizard's plan step: hands the tenant's saved choices to provisioning, which stores them as
 * the tenant's desired state, plans them against Intune and writes the one audit record.
 */
@ApplicationScoped
public class OnboardingHandOff {

  @Inject TenantOnboardings onboardings;
  @Inject TenantProvisioning provisioning;

  @Transactional
  @Requires(Permission.ONBOARDING_RUN)
  public ProvisioningPlan plan(@TenantId long tenantId) {
    return provisioning.plan(
        tenantId,
        ProvisioningHandOff.intentOf(
            onboardings.intent(tenantId).orElseThrow(ChoicesIncomplete::new)));
  }
}
