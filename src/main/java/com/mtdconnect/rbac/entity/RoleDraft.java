package com.mtdconnect.rbac.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the custom role editor submits. */
public class RoleDraft implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank(message = "Name the role, for example \"EMEA consent desk\".")
  @Size(max = 100, message = "Keep the name under 100 characters.")
  private String name;

  @Size(max = 500, message = "Keep the description under 500 characters.")
  private String description;

  @ValidScopeTags private String scopeTags;

  @NotEmpty(message = "Choose at least one permission.")
  private List<Permission> permissions = new ArrayList<>();

  public static RoleDraft of(Role role) {
    RoleDraft draft = new RoleDraft();
    draft.name = role.getName();
    draft.description = role.getDescription();
    draft.permissions = new ArrayList<>(role.getPermissionList());
    draft.scopeTags = String.join(", ", role.getScopeTags());
    return draft;
  }

  public List<String> scopeTagList() {
    return ScopeTags.parse(scopeTags);
  }

  public String getScopeTags() {
    return scopeTags;
  }

  public void setScopeTags(String scopeTags) {
    this.scopeTags = scopeTags;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<Permission> getPermissions() {
    return permissions;
  }

  public void setPermissions(List<Permission> permissions) {
    this.permissions = permissions == null ? new ArrayList<>() : new ArrayList<>(permissions);
  }
}
