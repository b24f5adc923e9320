package com.mtdconnect.onboarding.boundary;

import com.mtdconnect.onboarding.control.DirectoryLookups;
import com.mtdconnect.onboarding.entity.GroupSearch;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.TenantId;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * The group search of the wizard's targeting step: reads the tenant's Entra groups live (Graph
 * {@code $search}, paged); changes nothing, so it holds no transaction while Microsoft answers.
 */
@ApplicationScoped
public class GroupDirectory {

  @PersistenceContext EntityManager em;
  @Inject DirectoryLookups directory;

  /** One page of the tenant's groups whose name has a word starting with {@code text}. */
  @Requires(Permission.ONBOARDING_RUN)
  public GroupSearch searchGroups(
      @TenantId long tenantId,
      @NotBlank @Size(max = 120) String text,
      @NotNull Optional<String> nextLink) {
    return directory.search(
        em.find(Tenant.class, tenantId).getDirectoryId(), text.trim(), nextLink);
  }
}
