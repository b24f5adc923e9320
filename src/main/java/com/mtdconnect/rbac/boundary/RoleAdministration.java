package com.mtdconnect.rbac.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.rbac.entity.AssignmentDraft;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.Role;
import com.mtdconnect.rbac.entity.RoleAssignment;
import com.mtdconnect.rbac.entity.RoleAssignmentsChanged;
import com.mtdconnect.rbac.entity.RoleConflict;
import com.mtdconnect.rbac.entity.RoleDraft;
import com.mtdconnect.rbac.entity.RoleNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The use cases of roles and role assignments. Each is one transaction, checks the caller's
 * permission (reading needs Roles: Read; custom roles need Create, Update or Delete; every change
 * of an assignment needs Roles: Assign), and records its audit event in that transaction.
 */
@ApplicationScoped
@Transactional
public class RoleAdministration {
  private static final Logger LOG = Logger.getLogger(RoleAdministration.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CurrentStaff currentStaff;
  @Inject AuditTrail audit;
  @Inject Event<RoleAssignmentsChanged> changed;

  public List<Role> roles() {
    currentStaff.require(Permission.ROLES_READ);
    return em.createNamedQuery(Role.ALL, Role.class).getResultList();
  }

  public Role role(long id) {
    currentStaff.require(Permission.ROLES_READ);
    return loadRole(id);
  }

  public Role createRole(@NotNull @Valid RoleDraft draft) {
    SignedInStaff staff = currentStaff.require(Permission.ROLES_CREATE);
    rejectTakenRoleName(draft.getName(), Optional.empty());
    Role role = new Role(draft.getName(), draft.getDescription(), draft.getPermissions());
    em.persist(role);
    em.flush();
    record("ROLE_CREATED", "Role", role.getId(), Map.of(), role.auditSnapshot(), staff);
    return role;
  }

  public Role changeRole(long id, long version, @NotNull @Valid RoleDraft draft) {
    SignedInStaff staff = currentStaff.require(Permission.ROLES_UPDATE);
    Role role = loadRole(id);
    role.refuseIfBuiltIn();
    if (role.getVersion() != version) {
      throw RoleConflict.changedMeanwhile("role");
    }
    rejectTakenRoleName(draft.getName(), Optional.of(id));
    Map<String, Object> before = role.auditSnapshot();
    role.changeDetails(draft.getName(), draft.getDescription(), draft.getPermissions());
    em.flush();
    record("ROLE_UPDATED", "Role", id, before, role.auditSnapshot(), staff);
    return role;
  }

  public void deleteRole(long id) {
    SignedInStaff staff = currentStaff.require(Permission.ROLES_DELETE);
    Role role = loadRole(id);
    role.refuseIfBuiltIn();
    int uses = assignmentsOf(role).size();
    if (uses > 0) {
      throw RoleConflict.stillAssigned(role.getName(), uses);
    }
    Map<String, Object> before = role.auditSnapshot();
    em.remove(role);
    record("ROLE_DELETED", "Role", id, before, Map.of(), staff);
  }

  public List<RoleAssignment> assignments() {
    currentStaff.require(Permission.ROLES_READ);
    return em.createNamedQuery(RoleAssignment.ALL, RoleAssignment.class).getResultList();
  }

  public RoleAssignment assignment(long id) {
    currentStaff.require(Permission.ROLES_READ);
    return loadAssignment(id);
  }

  public RoleAssignment assign(@NotNull @Valid AssignmentDraft draft) {
    SignedInStaff staff = currentStaff.require(Permission.ROLES_ASSIGN);
    rejectTakenAssignmentName(draft.getName(), Optional.empty());
    RoleAssignment assignment = new RoleAssignment(loadRole(draft.getRoleId()), draft);
    em.persist(assignment);
    em.flush();
    record(
        "ROLE_ASSIGNED",
        "RoleAssignment",
        assignment.getId(),
        Map.of(),
        assignment.auditSnapshot(),
        staff);
    return assignment;
  }

  public RoleAssignment changeAssignment(
      long id, long version, @NotNull @Valid AssignmentDraft draft) {
    SignedInStaff staff = currentStaff.require(Permission.ROLES_ASSIGN);
    RoleAssignment assignment = loadAssignment(id);
    if (assignment.getVersion() != version) {
      throw RoleConflict.changedMeanwhile("assignment");
    }
    rejectTakenAssignmentName(draft.getName(), Optional.of(id));
    Map<String, Object> before = assignment.auditSnapshot();
    assignment.change(loadRole(draft.getRoleId()), draft);
    em.flush();
    record(
        "ROLE_ASSIGNMENT_CHANGED", "RoleAssignment", id, before, assignment.auditSnapshot(), staff);
    return assignment;
  }

  public void removeAssignment(long id) {
    SignedInStaff staff = currentStaff.require(Permission.ROLES_ASSIGN);
    RoleAssignment assignment = loadAssignment(id);
    Map<String, Object> before = assignment.auditSnapshot();
    em.remove(assignment);
    record("ROLE_ASSIGNMENT_REMOVED", "RoleAssignment", id, before, Map.of(), staff);
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

  private void record(
      String action,
      String objectType,
      long objectId,
      Map<String, Object> before,
      Map<String, Object> after,
      SignedInStaff staff) {
    audit.record(
        new Actor(staff.username(), currentStaff.clientAddress()),
        new AuditEntry(action, null, objectType, String.valueOf(objectId), before, after));
    changed.fire(new RoleAssignmentsChanged(staff.username()));
    LOG.info(() -> staff.username() + " " + action + " " + objectType + " " + objectId);
  }
}
