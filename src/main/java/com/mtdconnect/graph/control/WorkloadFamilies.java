package com.mtdconnect.graph.control;

import com.mtdconnect.graph.entity.WorkloadFamily;

/**
 * Which Graph throttling family a request path belongs to, and what a directory request costs in
 * resource units (graph-contracts §11), so our budget counts what Microsoft counts.
 */
public final class WorkloadFamilies {

  private WorkloadFamilies() {}

  public static WorkloadFamily of(String path) {
    if (path.endsWith("/$batch")) {
      return WorkloadFamily.OTHER;
    }
    if (path.contains("/deviceManagement/managedDevices")) {
      return WorkloadFamily.INTUNE_DEVICES;
    }
    if (path.contains("/deviceAppManagement/") || path.contains("/deviceManagement/reports")) {
      return WorkloadFamily.INTUNE_APPS;
    }
    if (path.contains("/deviceManagement/deviceCompliancePolicies")
        || path.contains("/deviceManagement/deviceConfigurations")) {
      return WorkloadFamily.INTUNE_CONFIGURATION;
    }
    if (path.contains("/deviceManagement/")) {
      return WorkloadFamily.INTUNE_ENROLLMENT;
    }
    return WorkloadFamily.DIRECTORY;
  }

  /**
   * Resource units of a directory request: 1 by default, {@code users} 2, {@code members} 3, {@code
   * transitiveMembers} 5, {@code appRoleAssignments} 2; {@code $select} and {@code $top} under 20
   * save 1 each, {@code $expand} adds 1; at least 1.
   */
  public static int resourceUnits(String path, String query) {
    String p = path.replaceFirst("^/(v1\\.0|beta)", "");
    int cost = 1;
    if (p.endsWith("/transitiveMembers")) {
      cost = 5;
    } else if (p.endsWith("/members")) {
      cost = 3;
    } else if (p.endsWith("/appRoleAssignments") || p.startsWith("/users")) {
      cost = 2;
    }
    String q =
        query == null
            ? ""
            : java.net.URLDecoder.decode(query, java.nio.charset.StandardCharsets.UTF_8);
    if (q.contains("$select=")) {
      cost--;
    }
    java.util.regex.Matcher top = java.util.regex.Pattern.compile("\\$top=(\\d+)").matcher(q);
    if (top.find() && Integer.parseInt(top.group(1)) < 20) {
      cost--;
    }
    if (q.contains("$expand=")) {
      cost++;
    }
    return Math.max(1, cost);
  }
}
