package com.mtdconnect.rbac.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.rbac.control.RoleAssignments;
import com.mtdconnect.rbac.control.ScopeTagCatalog;
import com.mtdconnect.rbac.entity.AssignmentDraft;
import com.mtdconnect.rbac.entity.OutsideYourScope;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.Role;
import com.mtdconnect.rbac.entity.RoleAssignment;
import com.mtdconnect.rbac.entity.RoleAssignmentsChanged;
import com.mtdconnect.rbac.entity.RoleConflict;
import com.mtdconnect.rbac.entity.RoleDraft;
import com.mtdconnect.rbac.entity.RoleNotFound;
import com.mtdconnect.rbac.entity.ScopeTags;
import com.mtdconnect.rbac.entity.TenantScope;
import com.mtdconnect.rbac.entity.UnknownScopeTag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * The use cases of roles and role assignments. Each is one transaction, checks the caller's
 * permission (reading needs Roles: Read; custom roles need Create, Update or Delete; every change
 * of an assignment needs Roles: Assign), and records its audit event in that transaction.
 *
 * <p>Scope tags, as in Intune: a role administrator whose assignment reaches some tags sees the
 * built-in roles, the custom roles carrying one of those tags and the assignments sharing one;
 * anything else is "not found". They create and change only roles and assignments that lie wholly
 * within their tags. Role administrators on all tenants see and manage everything.
 */
@ApplicationScoped
@Transactional
public class RoleAdministration {
  private static final Logger LOG = Logger.getLogger(RoleAdministration.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CurrentStaff currentStaff;
  @Inject StaffAccess access;
  @Inject AuditTrail audit;
  @Inject RoleAssignments roleAssignments;
  @Inject ScopeTagCatalog scopeTags;
  @Inject Event<RoleAssignmentsChanged> changed;

  /** The roles the caller sees. */
  @Requires(Permission.ROLES_READ)
  public List<Role> roles() {
    return visibleRoles(access.scopeOf(Permission.ROLES_READ));
  }

  /** The roles the caller may give in an assignment. */
  @Requires(Permission.ROLES_ASSIGN)
  public List<Role> assignableRoles() {
    return visibleRoles(access.scopeOf(Permission.ROLES_ASSIGN));
  }

  /** Refuses callers who may create no role (opening the empty role editor). */
  @Requires(Permission.ROLES_CREATE)
  public void requireMayCreateRoles() {
    // the guard refuses before this empty body runs
  }

  @Requires(Permission.ROLES_READ)
  public Role role(long id) {
    return visibleRole(id, Permission.ROLES_READ);
  }

  @Requires(Permission.ROLES_CREATE)
  public Role createRole(@NotNull @Valid RoleDraft draft) {
    SignedInStaff staff = access.requireSignedIn();
    requireWithinScope(Permission.ROLES_CREATE, draft.scopeTagList());
    rejectTakenRoleName(draft.getName(), Optional.empty());
    Role role =
        new Role(
            draft.getName(), draft.getDescription(), draft.getPermissions(), draft.scopeTagList());
    em.persist(role);
    em.flush();
    record(
        "ROLE_CREATED",
        "Role",
        role.getId(),
        Map.of(),
        role.auditSnapshot(),
        role.getScopeTags(),
        staff);
    return role;
  }

  @Requires(Permission.ROLES_UPDATE)
  public Role changeRole(long id, long version, @NotNull @Valid RoleDraft draft) {
    SignedInStaff staff = access.requireSignedIn();
    Role role = visibleRole(id, Permission.ROLES_UPDATE);
    role.refuseIfBuiltIn();
    requireWithinScope(Permission.ROLES_UPDATE, role.getScopeTags());
    requireWithinScope(Permission.ROLES_UPDATE, draft.scopeTagList());
    if (role.getVersion() != version) {
      throw RoleConflict.changedMeanwhile("role");
    }
    rejectTakenRoleName(draft.getName(), Optional.of(id));
    Map<String, Object> before = role.auditSnapshot();
    List<String> tagsBefore = role.getScopeTags();
    role.changeDetails(
        draft.getName(), draft.getDescription(), draft.getPermissions(), draft.scopeTagList());
    em.flush();
    record(
        "ROLE_UPDATED",
        "Role",
        id,
        before,
        role.auditSnapshot(),
        tagsOnBothSides(tagsBefore, role.getScopeTags()),
        staff);
    return role;
  }

  @Requires(Permission.ROLES_DELETE)
  public void deleteRole(long id) {
    SignedInStaff staff = access.requireSignedIn();
    Role role = visibleRole(id, Permission.ROLES_DELETE);
    role.refuseIfBuiltIn();
    requireWithinScope(Permission.ROLES_DELETE, role.getScopeTags());
    int uses = assignmentsOf(role).size();
    if (uses > 0) {
      throw RoleConflict.stillAssigned(role.getName(), uses);
    }
    Map<String, Object> before = role.auditSnapshot();
    em.remove(role);
    record("ROLE_DELETED", "Role", id, before, Map.of(), role.getScopeTags(), staff);
  }

  /** The assignments the caller sees: all, or those sharing a scope tag with their scope. */
  @Requires(Permission.ROLES_READ)
  public List<RoleAssignment> assignments() {
    return roleAssignments.visibleWithin(access.scopeOf(Permission.ROLES_READ));
  }

  @Requires(Permission.ROLES_READ)
  public RoleAssignment assignment(long id) {
    return visibleAssignment(id, Permission.ROLES_READ);
  }

  /**
   * The scope tags an assignment may pick, besides those it carries: the existing tags within the
   * caller's Roles: Assign scope (for a role administrator on some tags, exactly those tags).
   */
  @Requires(Permission.ROLES_ASSIGN)
  public List<String> assignmentScopeTagChoices() {
    return ScopeTags.choices(scopeTags.inUse(), access.scopeOf(Permission.ROLES_ASSIGN), List.of());
  }

  /** Whether the caller may add a scope tag that exists nowhere yet: only on all tenants. */
  @Requires(Permission.ROLES_ASSIGN)
  public boolean mayAddScopeTags() {
    return access.scopeOf(Permission.ROLES_ASSIGN).allTenants();
  }

  @Requires(Permission.ROLES_ASSIGN)
  public RoleAssignment assign(@NotNull @Valid AssignmentDraft draft) {
    SignedInStaff staff = access.requireSignedIn();
    requireWithinScope(Permission.ROLES_ASSIGN, draft);
    requireExistingTags(draft, List.of());
    Role role = visibleRole(draft.getRoleId(), Permission.ROLES_ASSIGN);
    rejectTakenAssignmentName(draft.getName(), Optional.empty());
    RoleAssignment assignment = new RoleAssignment(role, draft);
    em.persist(assignment);
    em.flush();
    record(
        "ROLE_ASSIGNED",
        "RoleAssignment",
        assignment.getId(),
        Map.of(),
        assignment.auditSnapshot(),
        assignment.auditScopeTags(),
        staff);
    return assignment;
  }

  @Requires(Permission.ROLES_ASSIGN)
  public RoleAssignment changeAssignment(
      long id, long version, @NotNull @Valid AssignmentDraft draft) {
    SignedInStaff staff = access.requireSignedIn();
    RoleAssignment assignment = changeableAssignment(id);
    requireWithinScope(Permission.ROLES_ASSIGN, draft);
    requireExistingTags(draft, assignment.getScopeTags());
    Role role = visibleRole(draft.getRoleId(), Permission.ROLES_ASSIGN);
    if (assignment.getVersion() != version) {
      throw RoleConflict.changedMeanwhile("assignment");
    }
    rejectTakenAssignmentName(draft.getName(), Optional.of(id));
    Map<String, Object> before = assignment.auditSnapshot();
    List<String> tagsBefore = assignment.auditScopeTags();
    assignment.change(role, draft);
    em.flush();
    record(
        "ROLE_ASSIGNMENT_CHANGED",
        "RoleAssignment",
        id,
        before,
        assignment.auditSnapshot(),
        tagsOnBothSides(tagsBefore, assignment.auditScopeTags()),
        staff);
    return assignment;
  }

  @Requires(Permission.ROLES_ASSIGN)
  public void removeAssignment(long id) {
    SignedInStaff staff = access.requireSignedIn();
    RoleAssignment assignment = changeableAssignment(id);
    Map<String, Object> before = assignment.auditSnapshot();
    em.remove(assignment);
    record(
        "ROLE_ASSIGNMENT_REMOVED",
        "RoleAssignment",
        id,
        before,
        Map.of(),
        assignment.auditScopeTags(),
        staff);
  }

  private List<Role> visibleRoles(TenantScope scope) {
    return scope.allTenants()
        ? em.createNamedQuery(Role.ALL, Role.class).getResultList()
        : em.createNamedQuery(Role.VISIBLE_WITH_TAGS, Role.class)
            .setParameter("tags", List.copyOf(scope.tags()))
            .getResultList();
  }

  /** The role, if the caller's scope for the permission reaches it; otherwise "not found". */
  private Role visibleRole(long id, Permission permission) {
    Role role = loadRole(id);
    if (!role.isVisibleWithin(access.scopeOf(permission))) {
      access.refusedOutOfScope(permission, null);
      throw new RoleNotFound("role", id);
    }
    return role;
  }

  /** The assignment, if it shares a scope tag with the caller's scope; otherwise "not found". */
  private RoleAssignment visibleAssignment(long id, Permission permission) {
    RoleAssignment assignment = loadAssignment(id);
    if (!assignment.isVisibleWithin(access.scopeOf(permission))) {
      access.refusedOutOfScope(permission, null);
      throw new RoleNotFound("role assignment", id);
    }
    return assignment;
  }

  /** An assignment the caller sees and that reaches no further than they do. */
  private RoleAssignment changeableAssignment(long id) {
    RoleAssignment assignment = visibleAssignment(id, Permission.ROLES_ASSIGN);
    requireWithinScope(Permission.ROLES_ASSIGN, assignment.scope());
    return assignment;
  }

  private void requireWithinScope(Permission permission, AssignmentDraft draft) {
    requireWithinScope(
        permission,
        draft.isAllTenants() ? TenantScope.ALL : TenantScope.ofTags(draft.scopeTagList()));
  }

  /**
   * The tags an assignment picks exist (or it carries them already); only its new tag may be new.
   */
  private void requireExistingTags(AssignmentDraft draft, List<String> carried) {
    if (draft.isAllTenants()) {
      return;
    }
    List<String> existing = new ArrayList<>(scopeTags.inUse());
    existing.addAll(carried);
    ScopeTags.unknownAmong(draft.pickedScopeTags(), existing).stream()
        .findFirst()
        .ifPresent(
            tag -> {
              throw new UnknownScopeTag(tag);
            });
  }

  private void requireWithinScope(Permission permission, TenantScope reach) {
    TenantScope scope = access.scopeOf(permission);
    if (!scope.contains(reach)) {
      access.refusedOutOfScope(permission, null);
      throw OutsideYourScope.ofRoles(permission, scope);
    }
  }

  private void requireWithinScope(Permission permission, List<String> objectTags) {
    TenantScope scope = access.scopeOf(permission);
    if (!scope.contains(objectTags)) {
      access.refusedOutOfScope(permission, null);
      throw OutsideYourScope.ofRoles(permission, scope);
    }
  }

  private List<RoleAssignment> assignmentsOf(Role role) {
    return em.createNamedQuery(RoleAssignment.OF_ROLE, RoleAssignment.class)
        .setParameter("role", role)
        .getResultList();
  }

  private Role loadRole(long id) {
    return Optional.ofNullable(em.find(Role.class, id))
        .orElseThrow(() -> new RoleNotFound("role", id));
  }

  private RoleAssignment loadAssignment(long id) {
    return Optional.ofNullable(em.find(RoleAssignment.class, id))
        .orElseThrow(() -> new RoleNotFound("role assignment", id));
  }

  private void rejectTakenRoleName(String name, Optional<Long> self) {
    em.createNamedQuery(Role.BY_NAME, Role.class)
        .setParameter("name", name.trim().toLowerCase(Locale.ROOT))
        .getResultStream()
        .filter(r -> self.map(id -> !id.equals(r.getId())).orElse(true))
        .findFirst()
        .ifPresent(
            r -> {
              throw RoleConflict.nameTaken("role", r.getName());
            });
  }

  private void rejectTakenAssignmentName(String name, Optional<Long> self) {
    em.createNamedQuery(RoleAssignment.BY_NAME, RoleAssignment.class)
        .setParameter("name", name.trim().toLowerCase(Locale.ROOT))
        .getResultStream()
        .filter(a -> self.map(id -> !id.equals(a.getId())).orElse(true))
        .findFirst()
        .ifPresent(
            a -> {
              throw RoleConflict.nameTaken("role assignment", a.getName());
            });
  }

  /**
   * The tags a change's audit event keeps: those the object carried both before and after, so that
   * only readers who saw the object on both sides (on the role pages) read the event. A role moved
   * from APAC to EMEA is read by role administrators on all tenants only.
   */
  static List<String> tagsOnBothSides(List<String> before, List<String> after) {
    Set<String> kept = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    kept.addAll(after);
    return before.stream().filter(kept::contains).toList();
  }

  /**
   * Records a change of a role or an assignment; its scope tags decide who reads the event (empty:
   * role administrators on all tenants only).
   */
  private void record(
      String action,
      String objectType,
      long objectId,
      Map<String, Object> before,
      Map<String, Object> after,
      List<String> scopeTags,
      SignedInStaff staff) {
    audit.record(
        new Actor(staff.username(), currentStaff.clientAddress()),
        AuditEntry.ofRoles(action, objectType, String.valueOf(objectId), before, after, scopeTags));
    changed.fire(new RoleAssignmentsChanged(staff.username()));
    LOG.info(() -> staff.username() + " " + action + " " + objectType + " " + objectId);
  }
}
