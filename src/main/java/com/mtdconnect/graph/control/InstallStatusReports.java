package com.mtdconnect.graph.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.mtdconnect.graph.entity.AppInstallStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Intune's app install status, read two ways: the beta report action for small reads, and export
 * jobs (create, poll, download) for whole tenants. Both return our own {@code AppInstallStatus}
 * rows.
 */
public final class InstallStatusReports {

  /** The beta report action (no v1.0 equivalent); read with the SDK's request adapter. */
  public List<AppInstallStatus> installStatus(GraphServiceClient client, String appId, int top) {
    return parse(BetaRequests.post(client, REPORT_PATH, reportRequest(appId, 0, top)));
  }

  /** Path of the beta report action, below the version root. */
  static final String REPORT_PATH = "/deviceManagement/reports/getDeviceInstallStatusReport";

  /**
   * The report action's body: our columns, one app, a page of {@code top} rows from {@code skip}.
   */
  static JsonObject reportRequest(String appId, int skip, int top) {
    JsonObject request = new JsonObject();
    JsonArray select = new JsonArray();
    for (String c :
        new String[] {
          "DeviceId", "DeviceName", "UserPrincipalName", "Platform", "AppInstallState"
        }) {
      select.add(c);
    }
    request.add("select", select);
    request.addProperty("filter", "(ApplicationId eq '" + appId.replace("'", "") + "')");
    request.addProperty("skip", skip);
    request.addProperty("top", top);
    request.add("orderBy", new JsonArray());
    return request;
  }

  /** The rows of one report page (Intune's {@code Schema}/{@code Values} table). */
  static List<AppInstallStatus> parse(JsonObject report) {
    List<AppInstallStatus> result = new ArrayList<>();
    if (!report.has("Schema")) {
      return result;
    }
    Map<String, Integer> column = new HashMap<>();
    JsonArray schema = report.getAsJsonArray("Schema");
    for (int i = 0; i < schema.size(); i++) {
      column.put(schema.get(i).getAsJsonObject().get("Column").getAsString(), i);
    }
    for (JsonElement row : report.getAsJsonArray("Values")) {
      JsonArray r = row.getAsJsonArray();
      result.add(
          new AppInstallStatus(
              cell(r, column, "DeviceId"),
              cell(r, column, "DeviceName"),
              cell(r, column, "UserPrincipalName"),
              cell(r, column, "Platform"),
              cell(r, column, "AppInstallState")));
    }
    return result;
  }

  /** The report's {@code TotalRowCount}, or the rows on the page when it has none. */
  static int totalRows(JsonObject report, int onPage) {
    return report.has("TotalRowCount") ? report.get("TotalRowCount").getAsInt() : onPage;
  }

  /**
   * Install status through Intune's documented export job ({@code DeviceInstallStatusByApp}):
   * create, poll every {@code pollInterval} until completed (at most {@code maxWait}), download.
   */
  public List<AppInstallStatus> installStatusExport(
      GraphServiceClient client,
      String tenantId,
      String appId,
      ReportDownloads downloads,
      java.time.Duration pollInterval,
      java.time.Duration maxWait) {
    com.microsoft.graph.models.DeviceManagementExportJob job =
        new com.microsoft.graph.models.DeviceManagementExportJob();
    job.setReportName("DeviceInstallStatusByApp");
    job.setFilter("(ApplicationId eq '" + appId.replace("'", "") + "')");
    job.setSelect(
        List.of("DeviceId", "DeviceName", "UserPrincipalName", "Platform", "AppInstallState"));
    job.setFormat(com.microsoft.graph.models.DeviceManagementReportFileFormat.Csv);
    job.setLocalizationType(
        com.microsoft.graph.models.DeviceManagementExportJobLocalizationType
            .ReplaceLocalizableValues);
    String id = client.deviceManagement().reports().exportJobs().post(job).getId();
    long deadline = System.nanoTime() + maxWait.toNanos();
    while (true) {
      com.microsoft.graph.models.DeviceManagementExportJob current =
          client.deviceManagement().reports().exportJobs().byDeviceManagementExportJobId(id).get();
      var status = current.getStatus();
      if (status == com.microsoft.graph.models.DeviceManagementReportStatus.Completed) {
        return rows(tenantId, downloads, current.getUrl());
      }
      if (status == com.microsoft.graph.models.DeviceManagementReportStatus.Failed
          || System.nanoTime() > deadline) {
        throw new com.mtdconnect.graph.entity.GraphUnavailable(
            tenantId,
            "Intune did not finish the install status export for tenant "
                + tenantId
                + " (status "
                + status
                + "); try again later.",
            null);
      }
      try {
        Thread.sleep(pollInterval.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for an Intune export", e);
      }
    }
  }

  private static List<AppInstallStatus> rows(
      String tenantId, ReportDownloads downloads, String url) {
    List<List<String>> rows;
    try {
      rows = downloads.csvRows(url);
    } catch (java.io.IOException e) {
      throw new com.mtdconnect.graph.entity.GraphUnavailable(
          tenantId, "The Intune export of tenant " + tenantId + " could not be downloaded.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while downloading an Intune export", e);
    }
    List<AppInstallStatus> result = new ArrayList<>();
    if (rows.isEmpty()) {
      return result;
    }
    List<String> header = rows.get(0);
    for (List<String> r : rows.subList(1, rows.size())) {
      result.add(
          new AppInstallStatus(
              column(header, r, "DeviceId"),
              column(header, r, "DeviceName"),
              column(header, r, "UserPrincipalName"),
              column(header, r, "Platform"),
              column(header, r, "AppInstallState")));
    }
    return result;
  }

  private static String column(List<String> header, List<String> row, String name) {
    int i = header.indexOf(name);
    return i < 0 || i >= row.size() ? "" : row.get(i);
  }

  private static String cell(JsonArray row, Map<String, Integer> column, String name) {
    Integer i = column.get(name);
    return i == null || row.get(i).isJsonNull() ? "" : row.get(i).getAsString();
  }
}
