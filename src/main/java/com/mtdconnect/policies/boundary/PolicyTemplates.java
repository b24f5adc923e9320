package com.mtdconnect.policies.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.policies.control.PolicyScope;
import com.mtdconnect.policies.control.PolicyValidation;
import com.mtdconnect.policies.control.PolicyVersions;
import com.mtdconnect.policies.entity.PolicyInvalid;
import com.mtdconnect.policies.entity.PolicyNotFound;
import com.mtdconnect.policies.entity.PolicyPreset;
import com.mtdconnect.policies.entity.PolicyRefused;
import com.mtdconnect.policies.entity.PolicyTemplate;
import com.mtdconnect.policies.entity.PolicyValues;
import com.mtdconnect.policies.entity.PolicyVersion;
import com.mtdconnect.policies.entity.TenantPolicy;
import com.mtdconnect.policies.entity.TenantPolicyRow;
import com.mtdconnect.policies.entity.ValueChange;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The MSP's policy templates: list, create from a preset, save a new version, delete one no tenant
 * uses, compare versions, and give tenants a template (each gets a tenant policy inheriting it).
 */
@ApplicationScoped
@Transactional
public class PolicyTemplates {
  private static final String OBJECT_TYPE = "PolicyTemplate";

  @PersistenceContext EntityManager em;
  @Inject StaffAccess access;
  @Inject CurrentStaff currentStaff;
  @Inject AuditTrail audit;
  @Inject PolicyVersions versions;
  @Inject PolicyScope scope;
  @Inject TenantRegistry tenants;
  @Inject Clock clock;

  @Requires(Permission.POLICIES_READ)
  public List<PolicyTemplate> list() {
    return em.createNamedQuery(PolicyTemplate.ALL, PolicyTemplate.class).getResultList();
  }

  @Requires(Permission.POLICIES_READ)
  public PolicyTemplate find(long id) {
    return load(id);
  }

  /** A new template for the platform with the preset's values as its version 1. */
  @Requires(Permission.POLICIES_CREATE)
  public PolicyTemplate create(
      @NotBlank @Size(max = 100) String name,
      @NotNull Platform platform,
      @NotNull PolicyPreset preset) {
    String by = access.requireSignedIn().username();
    String trimmed = name.trim();
    rejectDuplicate(trimmed, Optional.empty());
    PolicyTemplate template =
        new PolicyTemplate(trimmed, platform, preset.values(platform), by, now());
    em.persist(template);
    em.flush();
    em.persist(
        new PolicyVersion(
            PolicyVersion.Owner.TEMPLATE,
            template.getId(),
            1,
            template.values(),
            Map.of(),
            by,
            "Created from the " + preset.getLabel() + " preset",
            now()));
    record("POLICY_TEMPLATE_CREATED", template, Map.of(), template.auditSnapshot());
    return template;
  }

  /**
   * Saves the values as the template's next version; refused when invalid (field messages) or when
   * someone saved in between. Tenant policies inherit the new values at once.
   */
  @Requires(Permission.POLICIES_UPDATE)
  public PolicyTemplate save(
      long id,
      long lockVersion,
      @NotBlank @Size(max = 100) String name,
      @NotNull Map<String, String> values,
      @NotNull @Size(max = 500) String comment) {
    String by = access.requireSignedIn().username();
    PolicyTemplate template = load(id);
    if (template.getVersion() != lockVersion) {
      throw new PolicyRefused(
          template.getUpdatedBy()
              + " saved this template meanwhile; open it again to see their change (yours is"
              + " still on the page).");
    }
    PolicyValues next = PolicyValues.of(values);
    Map<String, String> problems = PolicyValidation.problems(template.getPlatform(), next);
    if (!problems.isEmpty()) {
      throw new PolicyInvalid(problems);
    }
    rejectDuplicate(name.trim(), Optional.of(id));
    Map<String, Object> before = template.auditSnapshot();
    int number = template.change(name.trim(), next, by, now());
    em.persist(
        new PolicyVersion(
            PolicyVersion.Owner.TEMPLATE, id, number, next, Map.of(), by, comment.trim(), now()));
    em.flush();
    record("POLICY_TEMPLATE_UPDATED", template, before, template.auditSnapshot());
    return template;
  }

  /** Deletes a template no tenant policy inherits (and its versions). */
  @Requires(Permission.POLICIES_DELETE)
  public void delete(long id) {
    PolicyTemplate template = load(id);
    long users = inheritors(id).size();
    if (users > 0) {
      throw new PolicyRefused(
          users
              + " tenant policies inherit \""
              + template.getName()
              + "\"; move those tenants to another template before deleting it.");
    }
    Map<String, Object> before = template.auditSnapshot();
    versions.of(PolicyVersion.Owner.TEMPLATE, id).forEach(em::remove);
    em.remove(template);
    record("POLICY_TEMPLATE_DELETED", template, before, Map.of());
  }

  @Requires(Permission.POLICIES_READ)
  public List<PolicyVersion> versions(long id) {
    load(id);
    return versions.of(PolicyVersion.Owner.TEMPLATE, id);
  }

  @Requires(Permission.POLICIES_READ)
  public List<ValueChange> diff(long id, int from, int to) {
    load(id);
    return versions.diff(PolicyVersion.Owner.TEMPLATE, id, from, to);
  }

  /** The tenant policies inheriting the template, of the tenants the caller may read. */
  @Requires(Permission.POLICIES_READ)
  public List<TenantPolicyRow> tenantPolicies(long id) {
    PolicyTemplate template = load(id);
    List<TenantPolicyRow> rows = new ArrayList<>();
    for (TenantPolicy p : inheritors(id)) {
      Tenant tenant = em.find(Tenant.class, p.getTenantId());
      if (access.mayOn(Permission.POLICIES_READ, tenant.getScopeTagList())
          && access.mayOn(Permission.TENANTS_READ, tenant.getScopeTagList())) {
        rows.add(TenantPolicyRow.of(p, tenant.getDisplayName(), template));
      }
    }
    return rows;
  }

  /** The tenants the caller may give a template to (not archived, by name). */
  @Requires(Permission.POLICIES_ASSIGN)
  public List<Tenant> tenantsToPick() {
    return tenants.list(TenantQuery.firstPage(200)).stream()
        .filter(
            t -> !t.isArchived() && access.mayOn(Permission.POLICIES_ASSIGN, t.getScopeTagList()))
        .toList();
  }

  /**
   * Gives each tenant a tenant policy inheriting the template (no overrides). A tenant that already
   * has a policy for the platform is refused with the template it inherits; nothing is saved then.
   * Returns how many tenant policies were created.
   */
  @Requires(Permission.POLICIES_ASSIGN)
  public int assign(long id, @NotEmpty List<Long> tenantIds) {
    String by = access.requireSignedIn().username();
    PolicyTemplate template = load(id);
    int created = 0;
    for (long tenantId : new LinkedHashSet<>(tenantIds)) {
      Tenant tenant = scope.requireAssignable(tenantId);
      Optional<TenantPolicy> existing = scope.forPlatform(tenantId, template);
      if (existing.isPresent()) {
        if (existing.get().getTemplateId() == id) {
          continue;
        }
        throw new PolicyRefused(
            tenant.getDisplayName()
                + " already has a "
                + template.getPlatform().getLabel()
                + " policy (from template \""
                + load(existing.get().getTemplateId()).getName()
                + "\"); nothing was assigned. Leave it out of the selection.");
      }
      TenantPolicy policy = new TenantPolicy(tenantId, template, by, now());
      em.persist(policy);
      em.flush();
      em.persist(
          new PolicyVersion(
              PolicyVersion.Owner.TENANT,
              policy.getId(),
              1,
              policy.effective(template),
              Map.of(),
              by,
              "Inherits \"" + template.getName() + "\" v" + template.getCurrentVersion(),
              now()));
      audit.record(
          new Actor(by, currentStaff.clientAddress()),
          new AuditEntry(
              "TENANT_POLICY_CREATED",
              tenantId,
              "TenantPolicy",
              String.valueOf(policy.getId()),
              Map.of(),
              policy.auditSnapshot()));
      created++;
    }
    return created;
  }

  private List<TenantPolicy> inheritors(long templateId) {
    return em.createNamedQuery(TenantPolicy.OF_TEMPLATE, TenantPolicy.class)
        .setParameter("template", templateId)
        .getResultList();
  }

  private PolicyTemplate load(long id) {
    return Optional.ofNullable(em.find(PolicyTemplate.class, id))
        .orElseThrow(() -> new PolicyNotFound("Template", id));
  }

  private void rejectDuplicate(String name, Optional<Long> self) {
    em.createNamedQuery(PolicyTemplate.BY_NAME, PolicyTemplate.class)
        .setParameter("name", name)
        .getResultStream()
        .filter(t -> self.map(id -> !id.equals(t.getId())).orElse(true))
        .findFirst()
        .ifPresent(
            t -> {
              throw new PolicyRefused(
                  "A template named \"" + name + "\" exists already; choose another name.");
            });
  }

  private void record(
      String action,
      PolicyTemplate template,
      Map<String, Object> before,
      Map<String, Object> after) {
    audit.record(
        new Actor(access.requireSignedIn().username(), currentStaff.clientAddress()),
        new AuditEntry(
            action,
            null,
            OBJECT_TYPE,
            String.valueOf(template.getId()),
            new LinkedHashMap<>(before),
            new LinkedHashMap<>(after)));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
