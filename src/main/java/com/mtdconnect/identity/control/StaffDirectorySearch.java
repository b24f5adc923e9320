package com.mtdconnect.identity.control;

import com.mtdconnect.graph.boundary.MspTenantDirectory;
import com.mtdconnect.graph.entity.DirectoryGroup;
import com.mtdconnect.graph.entity.DirectoryUser;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.identity.entity.DirectoryMember;
import com.mtdconnect.identity.entity.DirectoryMember.Kind;
import com.mtdconnect.identity.entity.DirectoryUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The MSP's own Entra directory, the one staff sign in with: finds staff members and Entra groups
 * by name for role assignments and tells whether a member still exists. Reads Graph on every call
 * (pages call it on the operator's request only, never while rendering a list).
 */
@ApplicationScoped
public class StaffDirectorySearch {

  /** At most this many staff members and this many groups per search. */
  public static final int MAX_PER_KIND = 10;

  @Inject MspTenantDirectory directory;

  /** Staff members, then groups, whose names have a word starting with {@code text}. */
  public List<DirectoryMember> search(String text) {
    String words = text == null ? "" : text.trim();
    if (words.isEmpty()) {
      return List.of();
    }
    List<DirectoryMember> found = new ArrayList<>();
    read(() -> directory.searchUsers(words, MAX_PER_KIND)).forEach(u -> found.add(staffMember(u)));
    read(() -> directory.searchGroups(words, MAX_PER_KIND)).forEach(g -> found.add(group(g)));
    return found;
  }

  /** The staff member signing in as {@code username}; empty when the directory has none. */
  public Optional<DirectoryMember> findStaff(String username) {
    return read(() -> directory.findUser(username)).map(StaffDirectorySearch::staffMember);
  }

  /** The group with this object id; empty when the directory has none. */
  public Optional<DirectoryMember> findGroup(String groupId) {
    return read(() -> directory.findGroup(groupId)).map(StaffDirectorySearch::group);
  }

  private static <T> T read(Supplier<T> call) {
    try {
      return call.get();
    } catch (GraphFailure e) {
      throw new DirectoryUnavailable(
          "The MSP's directory in Microsoft Entra could not be read: " + e.getMessage(), e);
    }
  }

  private static DirectoryMember staffMember(DirectoryUser user) {
    return new DirectoryMember(
        Kind.STAFF, user.userPrincipalName(), user.displayName(), user.userPrincipalName());
  }

  private static DirectoryMember group(DirectoryGroup group) {
    return new DirectoryMember(
        Kind.GROUP,
        group.id().toLowerCase(java.util.Locale.ROOT),
        group.displayName(),
        group.description().orElse(""));
  }
}
