package com.mtdconnect.tenancy.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.audit.entity.AuditEvent;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.Permission;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.tenancy.control.TenantSearch;
import com.mtdconnect.tenancy.entity.DirectoryIdentifierValidator;
import com.mtdconnect.tenancy.entity.DuplicateTenant;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantChangedConcurrently;
import com.mtdconnect.tenancy.entity.TenantDraft;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import com.mtdconnect.tenancy.entity.TenantPage;
import com.mtdconnect.tenancy.entity.TenantQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/**
 * The use cases of the tenant registry. Each method is one transaction, checks the caller's
 * permission, and writes its audit event in that same transaction.
 */
@ApplicationScoped
@Transactional
public class TenantRegistry {
  private static final Logger LOG = Logger.getLogger(TenantRegistry.class.getName());
  private static final String OBJECT_TYPE = "Tenant";

  @PersistenceContext EntityManager em;
  @Inject TenantSearch search;
  @Inject AuditTrail audit;
  @Inject CurrentStaff currentStaff;

  public TenantPage search(@NotNull TenantQuery query) {
    currentStaff.require(Permission.TENANTS_READ);
    return search.find(query);
  }

  /** One page of tenants without counting them all (lists that count separately, suggestions). */
  public List<Tenant> list(@NotNull TenantQuery query) {
    currentStaff.require(Permission.TENANTS_READ);
    return search.rows(query);
  }

  public long count(@NotNull TenantQuery query) {
    currentStaff.require(Permission.TENANTS_READ);
    return search.count(query);
  }

  public Tenant find(long id) {
    currentStaff.require(Permission.TENANTS_READ);
    return load(id);
  }

  public List<AuditEvent> history(long id, int max) {
    currentStaff.require(Permission.TENANTS_READ);
    load(id);
    return audit.historyOf(id, max);
  }

  public Tenant register(@NotNull @Valid TenantDraft draft) {
    SignedInStaff staff = currentStaff.require(Permission.TENANTS_CREATE);
    rejectDuplicate(draft.getDirectoryId(), Optional.empty());
    Tenant tenant = new Tenant(draft, staff.username());
    em.persist(tenant);
    flushDetectingDuplicate(tenant);
    record("TENANT_REGISTERED", tenant, Map.of());
    LOG.info(() -> staff.username() + " registered tenant " + tenant.getId());
    return tenant;
  }

  /**
   * Saves the editor's changes if nobody saved the tenant since the editor loaded {@code version}.
   */
  public Tenant update(long id, long version, @NotNull @Valid TenantDraft draft) {
    return change(
        id,
        version,
        Permission.TENANTS_UPDATE,
        "TENANT_UPDATED",
        (tenant, by) -> {
          rejectDuplicate(draft.getDirectoryId(), Optional.of(id));
          tenant.changeDetails(draft, by);
        });
  }

  public Tenant archive(long id, long version) {
    return change(id, version, Permission.TENANTS_DELETE, "TENANT_ARCHIVED", Tenant::archive);
  }

  public Tenant restore(long id, long version) {
    return change(id, version, Permission.TENANTS_DELETE, "TENANT_RESTORED", Tenant::restore);
  }

  /** The recipe of every change: check, load at the editor's version, change, store, audit, log. */
  private Tenant change(
      long id,
      long version,
      Permission permission,
      String action,
      BiConsumer<Tenant, String> changeAsStaff) {
    SignedInStaff staff = currentStaff.require(permission);
    Tenant tenant = loadForChange(id, version);
    Map<String, Object> before = tenant.auditSnapshot();
    changeAsStaff.accept(tenant, staff.username());
    flushDetectingConflict(tenant);
    record(action, tenant, before);
    LOG.info(() -> staff.username() + " " + action + " tenant " + id);
    return tenant;
  }

  private Tenant load(long id) {
    return Optional.ofNullable(em.find(Tenant.class, id)).orElseThrow(() -> new TenantNotFound(id));
  }

  private Tenant loadForChange(long id, long version) {
    Tenant tenant = load(id);
    if (tenant.getVersion() != version) {
      throw new TenantChangedConcurrently(tenant.getUpdatedBy(), tenant.getUpdatedAt());
    }
    return tenant;
  }

  private void flushDetectingConflict(Tenant tenant) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new TenantChangedConcurrently();
    }
  }

  /** Another editor registering the same tenant at the same moment trips the unique key. */
  private void flushDetectingDuplicate(Tenant tenant) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof SQLIntegrityConstraintViolationException) {
          throw new DuplicateTenant(tenant.getDirectoryId(), "another tenant record");
        }
      }
      throw e;
    }
  }

  private void rejectDuplicate(String directoryId, Optional<Long> self) {
    String normalized = DirectoryIdentifierValidator.normalize(directoryId);
    em.createNamedQuery(Tenant.BY_DIRECTORY_ID, Tenant.class)
        .setParameter("directoryId", normalized)
        .getResultStream()
        .filter(existing -> self.map(id -> !id.equals(existing.getId())).orElse(true))
        .findFirst()
        .ifPresent(
            existing -> {
              throw new DuplicateTenant(normalized, existing.getDisplayName());
            });
  }

  private void record(String action, Tenant tenant, Map<String, Object> before) {
    String actor = currentStaff.staff().map(SignedInStaff::username).orElseThrow();
    audit.record(
        new Actor(actor, currentStaff.clientAddress()),
        new AuditEntry(
            action,
            tenant.getId(),
            OBJECT_TYPE,
            String.valueOf(tenant.getId()),
            before,
            tenant.auditSnapshot()));
  }
}
