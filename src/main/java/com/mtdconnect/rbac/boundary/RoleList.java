package com.mtdconnect.rbac.boundary;

import com.mtdconnect.rbac.entity.Role;
import com.mtdconnect.rbac.entity.RoleAssignment;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/** The roles page: built-in and custom roles with their permissions, and the assignments. */
@Named
@ViewScoped
public class RoleList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RoleAdministration administration;

  private List<Role> roles;
  private List<RoleAssignment> assignments;

  @PostConstruct
  void load() {
    roles = administration.roles();
    assignments = administration.assignments();
  }

  public void deleteRole(long id) {
    administration.deleteRole(id);
    Messages.addGlobalInfo("Role deleted.");
    load();
  }

  public void removeAssignment(long id) {
    administration.removeAssignment(id);
    Messages.addGlobalInfo("Assignment removed. Its members lose it at their next request.");
    load();
  }

  public List<Role> getRoles() {
    return roles;
  }

  public List<RoleAssignment> getAssignments() {
    return assignments;
  }
}
