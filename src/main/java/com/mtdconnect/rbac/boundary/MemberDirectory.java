package com.mtdconnect.rbac.boundary;

import com.mtdconnect.identity.control.StaffDirectorySearch;
import com.mtdconnect.identity.entity.DirectoryMember;
import com.mtdconnect.identity.entity.DirectoryUnavailable;
import com.mtdconnect.rbac.entity.DirectoryCheck;
import com.mtdconnect.rbac.entity.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who can be given a role: staff members and Entra groups of the MSP's own directory (the one staff
 * sign in with), found by name, and whether the members of an assignment still exist there. Needs
 * Roles: Assign; reads Microsoft Graph and stores nothing.
 */
@ApplicationScoped
@Transactional
public class MemberDirectory {

  @Inject StaffDirectorySearch directory;

  /**
   * Staff members, then Entra groups, whose names have a word starting with {@code text}.
   *
   * @throws DirectoryUnavailable when the directory cannot be read, with the reason in words
   */
  @Requires(Permission.ROLES_ASSIGN)
  public List<DirectoryMember> search(String text) {
    return directory.search(text);
  }

  /**
   * What the directory says about each member: the staff members (sign-in names) first, then the
   * groups (object ids). When the directory cannot be read, the members not yet checked are "not
   * checked" and the reason is the problem of the answer.
   */
  @Requires(Permission.ROLES_ASSIGN)
  public MemberChecks check(List<String> staff, List<String> groups) {
    List<DirectoryCheck> checks = new ArrayList<>();
    Optional<String> problem = Optional.empty();
    for (String username : staff) {
      problem = checkOne(username, problem, () -> directory.findStaff(username), checks);
    }
    for (String groupId : groups) {
      problem = checkOne(groupId, problem, () -> directory.findGroup(groupId), checks);
    }
    return new MemberChecks(checks, problem);
  }

  private static Optional<String> checkOne(
      String key,
      Optional<String> problem,
      java.util.function.Supplier<Optional<DirectoryMember>> lookUp,
      List<DirectoryCheck> checks) {
    if (problem.isPresent()) {
      checks.add(DirectoryCheck.unchecked(key));
      return problem;
    }
    try {
      checks.add(
          lookUp
              .get()
              .map(m -> DirectoryCheck.found(key, m.displayName()))
              .orElseGet(() -> DirectoryCheck.unknown(key)));
      return problem;
    } catch (DirectoryUnavailable e) {
      checks.add(DirectoryCheck.unchecked(key));
      return Optional.of(e.getMessage());
    }
  }

  /**
   * The directory's answer about some members.
   *
   * @param checks one per member asked about, in the order asked
   * @param problem why some members could not be checked, if so
   */
  public record MemberChecks(List<DirectoryCheck> checks, Optional<String> problem) {}
}
