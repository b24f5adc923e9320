package com.mtdconnect.rbac.entity;

import java.io.Serializable;

/**
 * What the MSP's directory said about one member of a role assignment.
 *
 * @param key the staff member's sign-in name or the group's object id
 * @param standing found, not found, or not checked
 * @param displayName the directory's name for a member it found; null otherwise
 */
public record DirectoryCheck(String key, Standing standing, String displayName)
    implements Serializable {

  /** Whether the directory knows the member. */
  public enum Standing {
    IN_DIRECTORY("In the MSP's directory"),
    UNKNOWN("Not found in the MSP's directory"),
    UNCHECKED("Not checked: the directory could not be read");

    private final String label;

    Standing(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  public static DirectoryCheck found(String key, String displayName) {
    return new DirectoryCheck(key, Standing.IN_DIRECTORY, displayName);
  }

  public static DirectoryCheck unknown(String key) {
    return new DirectoryCheck(key, Standing.UNKNOWN, null);
  }

  public static DirectoryCheck unchecked(String key) {
    return new DirectoryCheck(key, Standing.UNCHECKED, null);
  }

  /** Whether saving an assignment with this member deserves a warning. */
  public boolean isDoubtful() {
    return standing != Standing.IN_DIRECTORY;
  }
}
