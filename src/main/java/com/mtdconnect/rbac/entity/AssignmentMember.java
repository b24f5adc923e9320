package com.mtdconnect.rbac.entity;

import java.io.Serializable;

/**
 * A member of a role assignment as pages show it.
 *
 * @param group whether it is an Entra group (else a staff member)
 * @param key the staff member's sign-in name or the group's object id
 * @param displayName the name the MSP's directory gave when the assignment was saved; null when the
 *     portal does not know it (an assignment saved before names were kept, or a member the
 *     directory did not know)
 */
public record AssignmentMember(boolean group, String key, String displayName)
    implements Serializable {

  public boolean isGroup() {
    return group;
  }

  public boolean isNamed() {
    return displayName != null;
  }

  /** The name to show: the directory's name, else the key. */
  public String getLabel() {
    return displayName != null ? displayName : key;
  }

  public String getKey() {
    return key;
  }
}
