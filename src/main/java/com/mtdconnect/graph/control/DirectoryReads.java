package com.mtdconnect.graph.control;

import com.microsoft.graph.groups.delta.DeltaGetResponse;
import com.microsoft.graph.models.BaseDeltaFunctionResponse;
import com.microsoft.graph.models.Device;
import com.microsoft.graph.models.DirectoryObject;
import com.microsoft.graph.models.DirectoryObjectCollectionResponse;
import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.GroupCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.mtdconnect.graph.entity.DeviceChange;
import com.mtdconnect.graph.entity.DeviceDelta;
import com.mtdconnect.graph.entity.DirectoryGroup;
import com.mtdconnect.graph.entity.GroupChange;
import com.mtdconnect.graph.entity.GroupDelta;
import com.mtdconnect.graph.entity.GroupMemberCounts;
import com.mtdconnect.graph.entity.GroupPage;
import com.mtdconnect.graph.entity.OwnedDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Directory reads: groups (list, search, delta with members), devices, owned devices. Our service
 * principal's grants and Intune discovery are {@link ServicePrincipalReads}.
 */
public final class DirectoryReads {

  static final String[] GROUP_FIELDS = {
    "id", "displayName", "description", "securityEnabled", "mailEnabled", "groupTypes"
  };

  public List<DirectoryGroup> listGroups(GraphServiceClient client, String filter, int pageSize) {
    List<DirectoryGroup> result = new ArrayList<>();
    GroupCollectionResponse first =
        client
            .groups()
            .get(
                rc -> {
                  rc.queryParameters.select = GROUP_FIELDS;
                  rc.queryParameters.top = pageSize;
                  rc.queryParameters.filter = filter;
                });
    GraphPages.of(GroupCollectionResponse::getValue, next -> client.groups().withUrl(next).get())
        .forEach(first, g -> result.add(group(g)));
    return result;
  }

  /** {@code GET /groups/$count}, an advanced query (needs {@code ConsistencyLevel: eventual}). */
  public int countGroups(GraphServiceClient client) {
    Integer count =
        client.groups().count().get(rc -> rc.headers.add("ConsistencyLevel", "eventual"));
    return count == null ? 0 : count;
  }

  public List<DirectoryGroup> searchGroups(GraphServiceClient client, String text, int max) {
    String phrase = "\"displayName:" + text.replace("\"", "") + "\"";
    List<DirectoryGroup> result = new ArrayList<>();
    GroupCollectionResponse first =
        client
            .groups()
            .get(
                rc -> {
                  rc.queryParameters.search = phrase;
                  rc.queryParameters.count = true;
                  rc.queryParameters.select = GROUP_FIELDS;
                  rc.queryParameters.top = Math.min(max, 999);
                  rc.headers.add("ConsistencyLevel", "eventual");
                });
    GraphPages.of(
            GroupCollectionResponse::getValue,
            next ->
                client
                    .groups()
                    .withUrl(next)
                    .get(rc -> rc.headers.add("ConsistencyLevel", "eventual")))
        .forEachWhile(
            first,
            g -> {
              if (result.size() < max) {
                result.add(group(g));
              }
              return result.size() < max;
            });
    return result;
  }

  /**
   * One page of a {@code $search} on the display name ({@code ConsistencyLevel: eventual}, which
   * Graph does not carry into the {@code nextLink}, so it is sent again with every page; §3, §4.1).
   * Without a {@code nextLink} the first page, otherwise the page that link names.
   */
  public GroupPage searchGroupsPage(
      GraphServiceClient client, String text, String nextLink, int pageSize) {
    GroupCollectionResponse page;
    if (nextLink == null) {
      String phrase = "\"displayName:" + text.replace("\"", "") + "\"";
      page =
          client
              .groups()
              .get(
                  rc -> {
                    rc.queryParameters.search = phrase;
                    rc.queryParameters.count = true;
                    rc.queryParameters.select = GROUP_FIELDS;
                    rc.queryParameters.top = Math.max(1, Math.min(pageSize, 999));
                    rc.headers.add("ConsistencyLevel", "eventual");
                  });
    } else {
      page =
          client
              .groups()
              .withUrl(nextLink)
              .get(rc -> rc.headers.add("ConsistencyLevel", "eventual"));
    }
    List<DirectoryGroup> groups = new ArrayList<>();
    if (page == null) {
      return new GroupPage(groups, Optional.empty());
    }
    if (page.getValue() != null) {
      page.getValue().forEach(g -> groups.add(group(g)));
    }
    return new GroupPage(groups, Optional.ofNullable(page.getOdataNextLink()));
  }

  /**
   * Users and devices among a group's transitive members: {@code
   * /groups/{id}/transitiveMembers/microsoft.graph.user/$count} and {@code …device/$count},
   * advanced queries with {@code ConsistencyLevel: eventual} (§4.3).
   */
  public GroupMemberCounts memberCounts(GraphServiceClient client, String groupId) {
    Integer users =
        client
            .groups()
            .byGroupId(groupId)
            .transitiveMembers()
            .graphUser()
            .count()
            .get(rc -> rc.headers.add("ConsistencyLevel", "eventual"));
    Integer devices =
        client
            .groups()
            .byGroupId(groupId)
            .transitiveMembers()
            .graphDevice()
            .count()
            .get(rc -> rc.headers.add("ConsistencyLevel", "eventual"));
    return new GroupMemberCounts(users == null ? 0 : users, devices == null ? 0 : devices);
  }

  /** {@code GET /devices/$count} with {@code ConsistencyLevel: eventual}. */
  public int countDevices(GraphServiceClient client) {
    Integer count =
        client.devices().count().get(rc -> rc.headers.add("ConsistencyLevel", "eventual"));
    return count == null ? 0 : count;
  }

  /** One whole delta round: from the stored link, or a full enumeration when there is none. */
  public GroupDelta groupDelta(GraphServiceClient client, Optional<String> deltaLink) {
    DeltaGetResponse first =
        deltaLink.isPresent()
            ? client.groups().delta().withUrl(deltaLink.get()).get()
            : client
                .groups()
                .delta()
                .get(
                    rc ->
                        rc.queryParameters.select =
                            new String[] {
                              "displayName",
                              "description",
                              "securityEnabled",
                              "mailEnabled",
                              "groupTypes",
                              "members"
                            });
    List<GroupChange> changes = new ArrayList<>();
    GraphPages.Walk<DeltaGetResponse> walk =
        GraphPages.ofDelta(
                DeltaGetResponse::getValue, next -> client.groups().delta().withUrl(next).get())
            .forEach(first, g -> changes.add(change(g)));
    return new GroupDelta(changes, deltaLinkOf(walk, "group"), walk.pages());
  }

  /** One whole delta round over Entra devices (enrollment polling). */
  public DeviceDelta deviceDelta(GraphServiceClient client, Optional<String> deltaLink) {
    com.microsoft.graph.devices.delta.DeltaGetResponse first =
        deltaLink.isPresent()
            ? client.devices().delta().withUrl(deltaLink.get()).get()
            : client
                .devices()
                .delta()
                .get(
                    rc ->
                        rc.queryParameters.select =
                            new String[] {
                              "id",
                              "deviceId",
                              "displayName",
                              "operatingSystem",
                              "operatingSystemVersion"
                            });
    List<DeviceChange> changes = new ArrayList<>();
    GraphPages.Walk<com.microsoft.graph.devices.delta.DeltaGetResponse> walk =
        GraphPages.ofDelta(
                com.microsoft.graph.devices.delta.DeltaGetResponse::getValue,
                next -> client.devices().delta().withUrl(next).get())
            .forEach(
                first,
                d ->
                    changes.add(
                        new DeviceChange(
                            d.getId(),
                            d.getAdditionalData().containsKey("@removed"),
                            Optional.ofNullable(d.getDeviceId()),
                            Optional.ofNullable(d.getDisplayName()),
                            Optional.ofNullable(d.getOperatingSystem()),
                            Optional.ofNullable(d.getOperatingSystemVersion()))));
    return new DeviceDelta(changes, deltaLinkOf(walk, "device"), walk.pages());
  }

  /** The link of the next round, from the round's last page. */
  static String deltaLinkOf(
      GraphPages.Walk<? extends BaseDeltaFunctionResponse> walk, String resource) {
    return walk.lastPage()
        .orElseThrow(
            () ->
                new IllegalStateException("Graph answered a " + resource + " delta without a page"))
        .getOdataDeltaLink();
  }

  static GroupChange change(Group g) {
    Map<String, Object> extra = g.getAdditionalData();
    boolean removed = extra.containsKey("@removed");
    List<String> added = new ArrayList<>();
    List<String> gone = new ArrayList<>();
    List<String> addedDevices = new ArrayList<>();
    List<String> goneDevices = new ArrayList<>();
    for (Map<String, Object> member : UntypedValues.objects(extra.get("members@delta"))) {
      String id = String.valueOf(member.get("id"));
      boolean device = "#microsoft.graph.device".equals(member.get("@odata.type"));
      if (member.containsKey("@removed")) {
        (device ? goneDevices : gone).add(id);
      } else {
        (device ? addedDevices : added).add(id);
      }
    }
    return new GroupChange(
        g.getId(),
        removed || g.getDisplayName() == null ? Optional.empty() : Optional.of(group(g)),
        removed,
        added,
        gone,
        addedDevices,
        goneDevices);
  }

  static DirectoryGroup group(Group g) {
    return new DirectoryGroup(
        g.getId(),
        g.getDisplayName() == null ? "" : g.getDisplayName(),
        Optional.ofNullable(g.getDescription()),
        Boolean.TRUE.equals(g.getSecurityEnabled()),
        Boolean.TRUE.equals(g.getMailEnabled()),
        g.getGroupTypes() == null ? List.of() : g.getGroupTypes());
  }

  /** Ids of the users in a group, nested groups included. */
  public List<String> transitiveMemberUserIds(GraphServiceClient client, String groupId) {
    List<String> result = new ArrayList<>();
    DirectoryObjectCollectionResponse first =
        client
            .groups()
            .byGroupId(groupId)
            .transitiveMembers()
            .get(
                rc -> {
                  rc.queryParameters.select = new String[] {"id"};
                  rc.queryParameters.top = 999;
                });
    GraphPages.of(
            DirectoryObjectCollectionResponse::getValue,
            next -> client.groups().byGroupId(groupId).transitiveMembers().withUrl(next).get())
        .forEach(
            first,
            o -> {
              if (o instanceof com.microsoft.graph.models.User) {
                result.add(o.getId());
              }
            });
    return result;
  }

  /** Creates a security group (needs Group.Create, which the portal asks for only if used). */
  public DirectoryGroup createSecurityGroup(
      GraphServiceClient client, String displayName, String mailNickname) {
    Group group = new Group();
    group.setDisplayName(displayName);
    group.setMailEnabled(false);
    group.setMailNickname(mailNickname);
    group.setSecurityEnabled(true);
    return group(client.groups().post(group));
  }

  public List<OwnedDevice> ownedDevices(GraphServiceClient client, String userId) {
    DirectoryObjectCollectionResponse response =
        client.users().byUserId(userId).ownedDevices().get();
    return ownedDevices(response);
  }

  static List<OwnedDevice> ownedDevices(DirectoryObjectCollectionResponse response) {
    List<OwnedDevice> result = new ArrayList<>();
    for (DirectoryObject o : response.getValue()) {
      if (o instanceof Device d) {
        result.add(
            new OwnedDevice(
                d.getId(),
                Optional.ofNullable(d.getDeviceId()),
                Optional.ofNullable(d.getDisplayName()),
                Optional.ofNullable(d.getOperatingSystem()),
                Optional.ofNullable(d.getOperatingSystemVersion())));
      }
    }
    return result;
  }
}
