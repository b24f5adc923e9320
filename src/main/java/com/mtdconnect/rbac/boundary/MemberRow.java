package com.mtdconnect.rbac.boundary;

import com.mtdconnect.rbac.entity.AssignmentMember;
import com.mtdconnect.rbac.entity.DirectoryCheck;
import java.io.Serializable;

/** One member in the assignment editor: who, and what the MSP's directory said about them. */
public record MemberRow(AssignmentMember member, DirectoryCheck check) implements Serializable {

  public String getKey() {
    return member.key();
  }

  public String getLabel() {
    return member.getLabel();
  }

  public String getKind() {
    return member.isGroup() ? "Entra group" : "Staff member";
  }

  /**
   * The sign-in name of a staff member (empty when it is already the label), the object id of a
   * group.
   */
  public String getDetail() {
    if (member.isGroup()) {
      return "Object id " + member.key();
    }
    return member.isNamed() ? member.key() : "";
  }

  public String getStanding() {
    return check == null ? "Not checked yet" : check.standing().getLabel();
  }

  /** Whether the directory did not confirm the member. */
  public boolean isDoubtful() {
    return check == null || check.isDoubtful();
  }
}
