package com.mtdconnect.rbac.control;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.rbac.entity.AssignmentDraft;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.rbac.entity.Grant;
import com.mtdconnect.rbac.entity.Role;
import com.mtdconnect.rbac.entity.RoleAssignment;
import com.mtdconnect.rbac.entity.RoleAssignmentsChanged;
import com.mtdconnect.rbac.entity.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** Reads role assignments, and gives the portal's own built-in assignments (demo, bootstrap). */
@ApplicationScoped
public class RoleAssignments {
  private static final Logger LOG = Logger.getLogger(RoleAssignments.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Event<RoleAssignmentsChanged> changed;
  @Inject AuditTrail audit;

  /**
   * The effective permissions of a staff member, read fresh from the database: changes to
   * assignments count from the next request on.
   */
  public EffectivePermissions effectiveFor(String username, Collection<String> groupIds) {
    return EffectivePermissions.of(of(username, groupIds).stream().map(Grant::of).toList());
  }

  /** The assignments naming a staff member or one of their Entra groups. */
  public List<RoleAssignment> of(String username, Collection<String> groupIds) {
    return groupIds.isEmpty()
        ? em.createNamedQuery(RoleAssignment.OF_STAFF, RoleAssignment.class)
            .setParameter("username", username)
            .getResultList()
        : em.createNamedQuery(RoleAssignment.OF_STAFF_OR_GROUPS, RoleAssignment.class)
            .setParameter("username", username)
            .setParameter("groups", List.copyOf(groupIds))
            .getResultList();
  }

  /**
   * The assignments a role administrator with this Roles scope sees: all for all tenants, else
   * those sharing a scope tag with it (all-tenants assignments carry none).
   */
  public List<RoleAssignment> visibleWithin(TenantScope scope) {
    if (scope.allTenants()) {
      return em.createNamedQuery(RoleAssignment.ALL, RoleAssignment.class).getResultList();
    }
    if (scope.tags().isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(RoleAssignment.SHARING_TAGS, RoleAssignment.class)
        .setParameter("tags", List.copyOf(scope.tags()))
        .getResultList();
  }

  public Role builtIn(BuiltInRole role) {
    return em.createNamedQuery(Role.BY_BUILT_IN, Role.class)
        .setParameter("builtIn", role)
        .getSingleResult();
  }

  public Optional<RoleAssignment> named(String name) {
    return em.createNamedQuery(RoleAssignment.BY_NAME, RoleAssignment.class)
        .setParameter("name", name.trim().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /** The scope tags role assignments reach (each spelled as one assignment spells it). */
  public List<String> tagsInUse() {
    return em.createQuery(
            "select distinct t from RoleAssignment a join a.scopeTags t", String.class)
        .getResultList();
  }

  /** Whether no role assignment exists at all (a portal's first start). */
  public boolean noneExist() {
    return em.createNamedQuery(RoleAssignment.COUNT, Long.class).getSingleResult() == 0L;
  }

  /**
   * Gives a built-in role to one staff member unless an assignment with this name exists: the
   * portal's own seeding, not a staff action (staff assign through the role administration). A new
   * assignment is recorded in the audit log in the same transaction, as the seeder's work, with the
   * assignment's scope tags like every assignment event (none for all tenants: then only role
   * administrators on all tenants read it).
   *
   * @param seeder the portal's job that seeds, e.g. {@code Actor.system("bootstrap-admin")}
   * @param scopeTags the tags the assignment reaches; empty for all tenants
   */
  @Transactional
  public boolean assignIfAbsent(
      Actor seeder,
      String assignmentName,
      BuiltInRole role,
      String username,
      List<String> scopeTags) {
    return assignIfAbsent(seeder, assignmentName, role, username, null, scopeTags);
  }

  /**
   * As {@link #assignIfAbsent(Actor, String, BuiltInRole, String, List)}, keeping the staff
   * member's name as the MSP's directory gives it (null when not known).
   */
  @Transactional
  public boolean assignIfAbsent(
      Actor seeder,
      String assignmentName,
      BuiltInRole role,
      String username,
      String displayName,
      List<String> scopeTags) {
    AssignmentDraft draft = seedDraft(assignmentName, scopeTags);
    draft.setStaffMembers(username);
    draft.nameMember(username, displayName);
    return seedIfAbsent(seeder, role, draft);
  }

  /**
   * Gives a built-in role to the members of an Entra group (by object id; members come from the
   * sign-in token) unless an assignment with this name exists; like {@link #assignIfAbsent}.
   */
  @Transactional
  public boolean assignToGroupIfAbsent(
      Actor seeder,
      String assignmentName,
      BuiltInRole role,
      String groupId,
      List<String> scopeTags) {
    return assignToGroupIfAbsent(seeder, assignmentName, role, groupId, null, scopeTags);
  }

  /**
   * As {@link #assignToGroupIfAbsent(Actor, String, BuiltInRole, String, List)}, keeping the
   * group's name as the MSP's directory gives it (null when not known).
   */
  @Transactional
  public boolean assignToGroupIfAbsent(
      Actor seeder,
      String assignmentName,
      BuiltInRole role,
      String groupId,
      String groupName,
      List<String> scopeTags) {
    AssignmentDraft draft = seedDraft(assignmentName, scopeTags);
    draft.setGroupMembers(groupId);
    draft.nameMember(groupId, groupName);
    return seedIfAbsent(seeder, role, draft);
  }

  private static AssignmentDraft seedDraft(String assignmentName, List<String> scopeTags) {
    AssignmentDraft draft = new AssignmentDraft();
    draft.setName(assignmentName);
    draft.setDescription("Created by the portal.");
    draft.setAllTenants(scopeTags.isEmpty());
    draft.setScopeTags(String.join(",", scopeTags));
    return draft;
  }

  private boolean seedIfAbsent(Actor seeder, BuiltInRole role, AssignmentDraft draft) {
    if (named(draft.getName()).isPresent()) {
      return false;
    }
    RoleAssignment assignment = new RoleAssignment(builtIn(role), draft);
    em.persist(assignment);
    em.flush();
    audit.record(
        seeder,
        AuditEntry.ofRoles(
            "ROLE_ASSIGNED",
            "RoleAssignment",
            String.valueOf(assignment.getId()),
            Map.of(),
            assignment.auditSnapshot(),
            assignment.auditScopeTags()));
    changed.fire(new RoleAssignmentsChanged(seeder.name()));
    LOG.info(() -> seeder.name() + " ROLE_ASSIGNED RoleAssignment " + assignment.getId());
    return true;
  }
}
