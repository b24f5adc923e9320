package com.mtdconnect.rbac.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A role given to members (staff usernames, or Entra group ids) for a scope of tenants (scope tags
 * or all tenants).
 */
@Entity
@Table(name = "rbac_assignment")
@NamedQuery(
    name = RoleAssignment.ALL,
    query = "select a from RoleAssignment a join fetch a.role order by a.name")
@NamedQuery(
    name = RoleAssignment.SHARING_TAGS,
    query =
        "select distinct a from RoleAssignment a join fetch a.role join a.scopeTags t"
            + " where t in :tags order by a.name")
@NamedQuery(
    name = RoleAssignment.OF_STAFF,
    query = "select a from RoleAssignment a join fetch a.role where :username member of a.staff")
@NamedQuery(
    name = RoleAssignment.OF_STAFF_OR_GROUPS,
    query =
        "select distinct a from RoleAssignment a join fetch a.role left join a.staff s"
            + " left join a.groups g where s = :username or g in :groups")
@NamedQuery(
    name = RoleAssignment.OF_ROLE,
    query = "select a from RoleAssignment a where a.role = :role order by a.name")
@NamedQuery(name = RoleAssignment.COUNT, query = "select count(a) from RoleAssignment a")
@NamedQuery(
    name = RoleAssignment.BY_NAME,
    query = "select a from RoleAssignment a where lower(a.name) = :name")
public class RoleAssignment {
  public static final String ALL = "RoleAssignment.all";
  public static final String SHARING_TAGS = "RoleAssignment.sharingTags";
  public static final String OF_STAFF = "RoleAssignment.ofStaff";
  public static final String OF_STAFF_OR_GROUPS = "RoleAssignment.ofStaffOrGroups";
  public static final String OF_ROLE = "RoleAssignment.ofRole";
  public static final String BY_NAME = "RoleAssignment.byName";
  public static final String COUNT = "RoleAssignment.count";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String description = "";

  @ManyToOne(optional = false)
  @JoinColumn(name = "role_id")
  private Role role;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "rbac_assignment_staff",
      joinColumns = @JoinColumn(name = "assignment_id"))
  @Column(name = "username", nullable = false)
  private Set<String> staff = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "rbac_assignment_group",
      joinColumns = @JoinColumn(name = "assignment_id"))
  @Column(name = "group_id", nullable = false)
  private Set<String> groups = new TreeSet<>();

  @Column(name = "all_tenants", nullable = false)
  private boolean allTenants;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "rbac_assignment_scope_tag",
      joinColumns = @JoinColumn(name = "assignment_id"))
  @Column(name = "scope_tag", nullable = false)
  private Set<String> scopeTags = new TreeSet<>();

  /**
   * The names of the members as the MSP's directory gave them when the assignment was saved
   * (sign-in name or group id → name), so that pages never ask Microsoft while they render.
   */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "rbac_assignment_member_name",
      joinColumns = @JoinColumn(name = "assignment_id"))
  @MapKeyColumn(name = "member")
  @Column(name = "display_name", nullable = false)
  private Map<String, String> memberNames = new TreeMap<>();

  @Version private long version;

  protected RoleAssignment() {}

  public RoleAssignment(Role role, AssignmentDraft draft) {
    this.role = role;
    apply(draft);
  }

  public void change(Role newRole, AssignmentDraft draft) {
    this.role = newRole;
    apply(draft);
  }

  private void apply(AssignmentDraft draft) {
    name = draft.getName().trim();
    description = draft.getDescription() == null ? "" : draft.getDescription().trim();
    staff.clear();
    staff.addAll(draft.staffMembers());
    groups.clear();
    groups.addAll(draft.groupMembers());
    Map<String, String> names = new TreeMap<>();
    for (String member : members()) {
      draft
          .nameOf(member)
          .or(() -> Optional.ofNullable(memberNames.get(member)))
          .ifPresent(name -> names.put(member, name));
    }
    memberNames.clear();
    memberNames.putAll(names);
    allTenants = draft.isAllTenants();
    scopeTags.clear();
    if (!allTenants) {
      scopeTags.addAll(draft.scopeTagList());
    }
  }

  private List<String> members() {
    List<String> all = new java.util.ArrayList<>(staff);
    all.addAll(groups);
    return all;
  }

  /** Its members with the names the directory gave them: staff first, then groups. */
  public List<AssignmentMember> getMemberList() {
    List<AssignmentMember> list = new java.util.ArrayList<>();
    staff.forEach(u -> list.add(new AssignmentMember(false, u, memberNames.get(u))));
    groups.forEach(g -> list.add(new AssignmentMember(true, g, memberNames.get(g))));
    return list;
  }

  /** The stored names of its members (sign-in name or group id → name). */
  public Map<String, String> memberNames() {
    return Map.copyOf(memberNames);
  }

  public TenantScope scope() {
    return allTenants ? TenantScope.ALL : TenantScope.ofTags(scopeTags);
  }

  /** The state an audit record keeps. */
  public Map<String, Object> auditSnapshot() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("description", description);
    state.put("role", role.getName());
    state.put("staff", List.copyOf(staff));
    state.put("groups", List.copyOf(groups));
    state.put("scope", scope().describe());
    return state;
  }

  /**
   * Whether a role administrator with this Roles scope sees the assignment: with all tenants, or
   * when it shares a scope tag with the scope (all-tenants assignments carry none).
   */
  public boolean isVisibleWithin(TenantScope scope) {
    return scope.allTenants() || scope.covers(scopeTags);
  }

  /**
   * The scope tags its audit events keep: none for an all-tenants assignment, which only role
   * administrators on all tenants see.
   */
  public List<String> auditScopeTags() {
    return allTenants ? List.of() : List.copyOf(scopeTags);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public Role getRole() {
    return role;
  }

  public List<String> getStaff() {
    return List.copyOf(staff);
  }

  public List<String> getGroups() {
    return List.copyOf(groups);
  }

  public boolean isAllTenants() {
    return allTenants;
  }

  public List<String> getScopeTags() {
    return List.copyOf(scopeTags);
  }

  public String getScopeDescription() {
    return allTenants ? "All tenants" : "Tags: " + String.join(", ", scopeTags);
  }

  public long getVersion() {
    return version;
  }
}
