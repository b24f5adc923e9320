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

/** A named set of permissions: built in (read-only) or custom. */
@Entity
@Table(name = "rbac_role")
@NamedQuery(name = Role.ALL, query = "select r from Role r order by r.builtIn desc, r.name")
@NamedQuery(name = Role.BY_BUILT_IN, query = "select r from Role r where r.builtIn = :builtIn")
@NamedQuery(name = Role.BY_NAME, query = "select r from Role r where lower(r.name) = :name")
@NamedQuery(
    name = Role.GRANTING,
    query = "select r from Role r where :permission member of r.permissions order by r.name")
public class Role {
  public static final String ALL = "Role.all";
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

  @Version private long version;

  protected Role() {}

  /** A new custom role. */
  public Role(String name, String description, Collection<Permission> permissions) {
    rename(name, description);
    this.permissions = toSet(permissions);
  }

  /** Renames and re-describes a custom role; built-in roles refuse. */
  public void changeDetails(String newName, String newDescription, Collection<Permission> granted) {
    refuseIfBuiltIn();
    rename(newName, newDescription);
    permissions.clear();
    permissions.addAll(granted);
  }

  public void refuseIfBuiltIn() {
    if (builtIn != null) {
      throw new BuiltInRoleIsReadOnly(name);
    }
  }

  /** Makes a built-in role's stored permissions equal to its definition in code. */
  public boolean matchBuiltInDefinition() {
    if (builtIn == null || permissions.equals(builtIn.permissions())) {
      return false;
    }
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

  public long getVersion() {
    return version;
  }
}
