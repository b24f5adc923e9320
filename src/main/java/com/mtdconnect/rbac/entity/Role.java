package com.mtdconnect.rbac.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A named set of permissions: built in (read-only, seen by everyone who reads roles) or custom. A
 * custom role carries scope tags, as in Intune: role administrators see and manage it only when
 * their assignment reaches one of its tags (or all tenants).
 */
@Entity
@Table(name = "rbac_role")
@NamedQuery(name = Role.ALL, query = "select r from Role r order by r.builtIn desc, r.name")
@NamedQuery(
    name = Role.VISIBLE_WITH_TAGS,
    query =
        "select distinct r from Role r left join r.scopeTags t"
            + " where r.builtIn is not null or t in :tags order by r.builtIn desc, r.name")
@NamedQuery(name = Role.BY_BUILT_IN, query = "select r from Role r where r.builtIn = :builtIn")
@NamedQuery(name = Role.BY_NAME, query = "select r from Role r where lower(r.name) = :name")
@NamedQuery(
    name = Role.GRANTING,
    query = "select r from Role r where :permission member of r.permissions order by r.name")
public class Role {
  public static final String ALL = "Role.all";
  public static final String VISIBLE_WITH_TAGS = "Role.visibleWithTags";
  public static final String BY_BUILT_IN = "Role.byBuiltIn";
  public static final String BY_NAME = "Role.byName";
  public static final String GRANTING = "Role.granting";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String description = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "built_in")
  private BuiltInRole builtIn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "rbac_role_permission", joinColumns = @JoinColumn(name = "role_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "permission", nullable = false)
  private Set<Permission> permissions = EnumSet.noneOf(Permission.class);

  /** Compared ignoring case (the column's collation), kept as typed. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "rbac_role_scope_tag", joinColumns = @JoinColumn(name = "role_id"))
  @Column(name = "scope_tag", nullable = false)
  private Set<String> scopeTags = new TreeSet<>();

  @Version private long version;

  protected Role() {}

  /** A new custom role. */
  public Role(
      String name,
      String description,
      Collection<Permission> permissions,
      Collection<String> scopeTags) {
    rename(name, description);
    this.permissions = toSet(permissions);
    this.scopeTags.addAll(scopeTags);
  }

  /** Renames, re-describes and retags a custom role; built-in roles refuse. */
  public void changeDetails(
      String newName,
      String newDescription,
      Collection<Permission> granted,
      Collection<String> newScopeTags) {
    refuseIfBuiltIn();
    rename(newName, newDescription);
    permissions.clear();
    permissions.addAll(granted);
    scopeTags.clear();
    scopeTags.addAll(newScopeTags);
  }

  /**
   * Whether a role administrator with this scope sees the role: built-in roles everyone, custom
   * roles when the scope reaches one of their tags (untagged ones only with all tenants).
   */
  public boolean isVisibleWithin(TenantScope scope) {
    return builtIn != null || scope.allTenants() || scope.covers(scopeTags);
  }

  public void refuseIfBuiltIn() {
    if (builtIn != null) {
      throw new BuiltInRoleIsReadOnly(name);
    }
  }

  /**
   * Makes a built-in role's stored description and permissions equal to its definition in code.
   *
   * @return whether anything changed
   */
  public boolean matchBuiltInDefinition() {
    if (builtIn == null
        || (permissions.equals(builtIn.permissions())
            && description.equals(builtIn.getDescription()))) {
      return false;
    }
    description = builtIn.getDescription();
    permissions.clear();
    permissions.addAll(builtIn.permissions());
    return true;
  }

  private void rename(String newName, String newDescription) {
    this.name = newName.trim();
    this.description = newDescription == null ? "" : newDescription.trim();
  }

  private static Set<Permission> toSet(Collection<Permission> permissions) {
    return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
  }

  public boolean grants(Permission permission) {
    return permissions.contains(permission);
  }

  /** The state an audit record keeps. */
  public Map<String, Object> auditSnapshot() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("description", description);
    state.put("permissions", getPermissionList().stream().map(Permission::name).toList());
    state.put("scopeTags", getScopeTags());
    return state;
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

  public boolean isBuiltIn() {
    return builtIn != null;
  }

  public Set<Permission> permissions() {
    return Set.copyOf(permissions);
  }

  /** The permissions in the order of {@link Permission}. */
  public List<Permission> getPermissionList() {
    return permissions.stream().sorted().toList();
  }

  public List<String> getScopeTags() {
    return List.copyOf(scopeTags);
  }

  public long getVersion() {
    return version;
  }
}
