package com.mtdconnect.tenancy.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.audit.entity.AuditEvent;
import com.mtdconnect.graph.boundary.TenantDiscovery;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.graph.entity.ResolvedTenant;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.boundary.TenantId;
import com.mtdconnect.rbac.control.ScopeTagCatalog;
import com.mtdconnect.rbac.entity.OutsideYourScope;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.ScopeTags;
import com.mtdconnect.rbac.entity.TenantScope;
import com.mtdconnect.tenancy.control.TenantSearch;
import com.mtdconnect.tenancy.entity.DirectoryIdentifierValidator;
import com.mtdconnect.tenancy.entity.DuplicateTenant;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantArchiveChanged;
import com.mtdconnect.tenancy.entity.TenantChangedConcurrently;
import com.mtdconnect.tenancy.entity.TenantDraft;
import com.mtdconnect.tenancy.entity.TenantNotConfirmed;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import com.mtdconnect.tenancy.entity.TenantPage;
import com.mtdconnect.tenancy.entity.TenantQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The use cases of the tenant registry. Each method is one transaction, names the permission it
 * needs ({@link Requires}, checked for the {@link TenantId} tenant's scope by the permission guard
 * before the method runs), and writes its audit event in that same transaction.
 *
 * <p>Scope: lists, counts and suggestions hold only the tenants the caller may read (the scope is a
 * predicate of the query). A tenant outside the caller's read scope is "not found" (404), so ids of
 * other customers reveal nothing; a tenant the caller may read but not change is "not allowed"
 * (403). Both refusals are recorded in the audit log.
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
  @Inject StaffAccess access;
  @Inject Clock clock;
  @Inject TenantDiscovery discovery;
  @Inject ScopeTagCatalog scopeTagCatalog;
  @Inject Event<TenantArchiveChanged> archiveChanged;

  /** One change of a tenant by a staff member at a time. */
  @FunctionalInterface
  private interface TenantChange {
    void apply(Tenant tenant, String by, LocalDateTime now);
  }

  @Requires(Permission.TENANTS_READ)
  public TenantPage search(@NotNull TenantQuery query) {
    return search.find(query, access.scopeOf(Permission.TENANTS_READ));
  }

  /** One page of tenants without counting them all (lists that count separately, suggestions). */
  @Requires(Permission.TENANTS_READ)
  public List<Tenant> list(@NotNull TenantQuery query) {
    return search.rows(query, access.scopeOf(Permission.TENANTS_READ));
  }

  @Requires(Permission.TENANTS_READ)
  public long count(@NotNull TenantQuery query) {
    return search.count(query, access.scopeOf(Permission.TENANTS_READ));
  }

  @Requires(Permission.TENANTS_READ)
  public Tenant find(@TenantId long id) {
    return load(id);
  }

  /**
   * The tenant for its editor: refused (403) unless the caller may update it, "not found" (404)
   * unless they may read it.
   */
  @Requires(Permission.TENANTS_UPDATE)
  public Tenant findForUpdate(@TenantId long id) {
    return load(id);
  }

  /** Refuses (403) callers who may register no tenant at all: opening the empty editor. */
  @Requires(Permission.TENANTS_CREATE)
  public void requireMayRegister() {
    // the guard refuses before this empty body runs
  }

  /**
   * The scope tags the caller may put on a tenant with {@code permission} (create or update): the
   * tags that exist (on tenants, role assignments or custom roles) within the caller's scope; for
   * staff scoped to tags, exactly their own tags. Sorted, each once.
   */
  @Requires(Permission.TENANTS_READ)
  public List<String> scopeTagChoices(@NotNull Permission permission) {
    return ScopeTags.choices(scopeTagCatalog.inUse(), access.scopeOf(permission), List.of());
  }

  @Requires(Permission.TENANTS_READ)
  public List<AuditEvent> history(@TenantId long id, int max) {
    return audit.historyOf(id, max);
  }

  /**
   * Asks Microsoft which tenant a domain or tenant id names, so the editor can show the tenant id
   * before saving. Reads nothing of ours.
   *
   * @throws TenantNotConfirmed when Microsoft knows no such tenant or cannot be asked now
   */
  @Requires(Permission.TENANTS_READ)
  public ResolvedTenant lookUp(@NotNull String domainOrId) {
    return confirmed(domainOrId);
  }

  /**
   * Registers a tenant after Microsoft confirmed it: the domain or id the operator typed is
   * resolved to the tenant id, which is what the registry keeps (and checks for duplicates).
   */
  @Requires(Permission.TENANTS_CREATE)
  public Tenant register(@NotNull @Valid TenantDraft draft) {
    SignedInStaff staff = access.requireSignedIn();
    requireTagsInScope(
        Permission.TENANTS_CREATE, List.of(), ScopeTags.parse(draft.getScopeTags()), null);
    rejectDuplicate(draft.getDirectoryId(), Optional.empty());
    ResolvedTenant resolved = confirmed(draft.getDirectoryId());
    rejectDuplicate(resolved.getTenantId(), Optional.empty());
    Tenant tenant =
        new Tenant(draft, resolved.getTenantId(), staff.username(), LocalDateTime.now(clock));
    em.persist(tenant);
    flushDetectingDuplicate(tenant);
    record("TENANT_REGISTERED", tenant, Map.of());
    LOG.info(() -> staff.username() + " registered tenant " + tenant.getId());
    return tenant;
  }

  /**
   * Saves the editor's changes if nobody saved the tenant since the editor loaded {@code version}.
   */
  @Requires(Permission.TENANTS_UPDATE)
  public Tenant update(@TenantId long id, long version, @NotNull @Valid TenantDraft draft) {
    return change(
        id,
        version,
        Permission.TENANTS_UPDATE,
        "TENANT_UPDATED",
        (tenant, by, now) -> {
          String typed = DirectoryIdentifierValidator.normalize(draft.getDirectoryId());
          String tenantId =
              typed.equals(tenant.getTypedDirectoryName())
                  ? tenant.getDirectoryId()
                  : confirmed(typed).getTenantId();
          rejectDuplicate(typed, Optional.of(id));
          rejectDuplicate(tenantId, Optional.of(id));
          tenant.changeDetails(draft, tenantId, by, now);
        });
  }

  @Requires(Permission.TENANTS_DELETE)
  public Tenant archive(@TenantId long id, long version) {
    Tenant archived =
        change(id, version, Permission.TENANTS_DELETE, "TENANT_ARCHIVED", Tenant::archive);
    archiveChanged.fire(new TenantArchiveChanged(id, true));
    return archived;
  }

  @Requires(Permission.TENANTS_DELETE)
  public Tenant restore(@TenantId long id, long version) {
    Tenant restored =
        change(id, version, Permission.TENANTS_DELETE, "TENANT_RESTORED", Tenant::restore);
    archiveChanged.fire(new TenantArchiveChanged(id, false));
    return restored;
  }

  /**
   * The recipe of every change (permission and scope were checked by the guard): load at the
   * editor's version, change, check the changed tags stay in scope, store, audit, log.
   */
  private Tenant change(
      long id, long version, Permission permission, String action, TenantChange changeAsStaff) {
    SignedInStaff staff = access.requireSignedIn();
    Tenant tenant = loadForChange(id, version);
    Map<String, Object> before = tenant.auditSnapshot();
    List<String> tagsBefore = List.copyOf(tenant.getScopeTagList());
    changeAsStaff.apply(tenant, staff.username(), LocalDateTime.now(clock));
    requireTagsInScope(permission, tagsBefore, tenant.getScopeTagList(), id);
    flushDetectingConflict(tenant);
    record(action, tenant, before);
    LOG.info(() -> staff.username() + " " + action + " tenant " + id);
    return tenant;
  }

  /**
   * Refuses tag changes outside the caller's scope, as Intune does: every tag added or removed must
   * be one of the caller's own (an EMEA operator can neither show a tenant to APAC staff nor hide
   * it from them), and the tenant must stay inside the caller's scope.
   */
  private void requireTagsInScope(
      Permission permission, List<String> before, List<String> after, Long tenantId) {
    TenantScope scope = access.scopeOf(permission);
    Set<String> changed = ScopeTags.difference(before, after);
    if (!scope.covers(after) || (!changed.isEmpty() && !scope.contains(changed))) {
      access.refusedOutOfScope(permission, tenantId);
      throw new OutsideYourScope(permission, scope);
    }
  }

  /** The tenant Microsoft names for what the operator typed, or the reason it cannot. */
  private ResolvedTenant confirmed(String domainOrId) {
    try {
      return discovery.resolve(domainOrId);
    } catch (GraphFailure e) {
      throw new TenantNotConfirmed(e.getMessage(), e.retryable());
    }
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
              throw new DuplicateTenant(
                  normalized,
                  access.mayOn(Permission.TENANTS_READ, existing.getScopeTagList())
                      ? existing.getDisplayName()
                      : DuplicateTenant.OUTSIDE_YOUR_SCOPE);
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
