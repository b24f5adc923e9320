package com.mtdconnect.identity.entity;

import java.io.Serializable;

/**
 * Someone (or some group) of the MSP's own Entra directory who can be given a role.
 *
 * @param kind a staff member or an Entra group
 * @param key what a role assignment stores: the staff member's sign-in name, or the group's object
 *     id
 * @param displayName the name Entra shows
 * @param detail the sign-in name of a staff member, or a group's description (may be empty)
 */
public record DirectoryMember(Kind kind, String key, String displayName, String detail)
    implements Serializable {

  /** What a member of an assignment is. */
  public enum Kind {
    STAFF("Staff member"),
    GROUP("Entra group");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  public boolean isGroup() {
    return kind == Kind.GROUP;
  }

  // JavaBean getters for the pages (Jakarta EL 5 does not read record components)

  public Kind getKind() {
    return kind;
  }

  public String getKey() {
    return key;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getDetail() {
    return detail;
  }
}
