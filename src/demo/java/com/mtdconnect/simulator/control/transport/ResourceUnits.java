package com.mtdconnect.simulator.control.transport;

import java.util.Map;

/**
 * What a directory request costs in Microsoft's identity throttling (graph-contracts §11): 1 by
 * default, {@code users} 2, group {@code members} 3, {@code transitiveMembers} 5, {@code
 * appRoleAssignments} 2; {@code $select} saves 1, {@code $top} under 20 saves 1, {@code $expand}
 * adds 1; never less than 1.
 */
final class ResourceUnits {

  private ResourceUnits() {}

  static int of(GraphCall call) {
    String path = call.path();
    int cost = 1;
    if (path.endsWith("/transitiveMembers")) {
      cost = 5;
    } else if (path.endsWith("/members")) {
      cost = 3;
    } else if (path.endsWith("/appRoleAssignments") || path.startsWith("/users")) {
      cost = 2;
    }
    Map<String, String> q = call.query();
    if (q.containsKey("$select")) {
      cost--;
    }
    try {
      if (q.containsKey("$top") && Integer.parseInt(q.get("$top")) < 20) {
        cost--;
      }
    } catch (NumberFormatException e) {
      // an invalid $top is rejected by the endpoint itself
    }
    if (q.containsKey("$expand")) {
      cost++;
    }
    return Math.max(1, cost);
  }
}
