package com.mtdconnect.graph.control;

import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.mtdconnect.graph.entity.DirectoryGroup;
import com.mtdconnect.graph.entity.DirectoryUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads of the MSP's own directory for picking role assignment members: users by name or sign-in
 * name ({@code $search}, graph-contracts §3: needs {@code ConsistencyLevel: eventual}), and one
 * user or group by key, where Graph's 404 means "not in the directory".
 */
public final class StaffDirectoryReads {

  private static final String[] USER_FIELDS = {"id", "displayName", "userPrincipalName"};

  /** Users whose display name or sign-in name has a word starting with {@code text}. */
  public List<DirectoryUser> searchUsers(GraphServiceClient client, String text, int max) {
    String word = text.replace("\"", "");
    String phrase = "\"displayName:" + word + "\" OR \"userPrincipalName:" + word + "\"";
    UserCollectionResponse page =
        client
            .users()
            .get(
                rc -> {
                  rc.queryParameters.search = phrase;
                  rc.queryParameters.count = true;
                  rc.queryParameters.select = USER_FIELDS;
                  rc.queryParameters.top = Math.max(1, Math.min(max, 999));
                  rc.headers.add("ConsistencyLevel", "eventual");
                });
    List<DirectoryUser> users = new ArrayList<>();
    if (page != null && page.getValue() != null) {
      page.getValue().stream().limit(max).forEach(u -> users.add(user(u)));
    }
    return users;
  }

  /** The user with this sign-in name (or object id); empty when the directory has none. */
  public Optional<DirectoryUser> findUser(GraphServiceClient client, String userPrincipalName) {
    return absentOn404(
            () ->
                client
                    .users()
                    .byUserId(userPrincipalName)
                    .get(rc -> rc.queryParameters.select = USER_FIELDS))
        .map(StaffDirectoryReads::user);
  }

  /** The group with this object id; empty when the directory has none. */
  public Optional<DirectoryGroup> findGroup(GraphServiceClient client, String groupId) {
    return absentOn404(
            () ->
                client
                    .groups()
                    .byGroupId(groupId)
                    .get(rc -> rc.queryParameters.select = DirectoryReads.GROUP_FIELDS))
        .map(StaffDirectoryReads::group);
  }

  private static <T> Optional<T> absentOn404(Supplier<T> read) {
    try {
      return Optional.ofNullable(read.get());
    } catch (ODataError e) {
      if (e.getResponseStatusCode() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static DirectoryUser user(User u) {
    return new DirectoryUser(
        u.getId(),
        u.getDisplayName() == null ? u.getUserPrincipalName() : u.getDisplayName(),
        u.getUserPrincipalName());
  }

  private static DirectoryGroup group(Group g) {
    return DirectoryReads.group(g);
  }
}
