package com.mtdconnect.simulator.control.intune;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.control.transport.GraphCall;
import com.mtdconnect.simulator.control.transport.GraphErrors;
import com.mtdconnect.simulator.control.transport.GraphJson;
import com.mtdconnect.simulator.entity.IntuneObjects;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Intune report export jobs (graph-contracts §6.5 approach B, documented by Intune): {@code POST
 * /deviceManagement/reports/exportJobs} answers 201 {@code notStarted}; polling the job moves it to
 * {@code inProgress} and then {@code completed} with a {@code url}; the URL (the simulator's own,
 * standing in for an expiring blob SAS URL) serves a zip with one CSV. Supports {@code
 * DeviceInstallStatusByApp}.
 */
public final class ReportExportJobs {

  private static final Pattern APP_FILTER = Pattern.compile("ApplicationId eq '([^']+)'");
  private static final List<String> DEFAULT_COLUMNS =
      List.of(
          "DeviceName",
          "UserPrincipalName",
          "Platform",
          "AppVersion",
          "AppInstallState",
          "AppInstallStateDetails",
          "LastModifiedDateTime",
          "DeviceId");

  private record Job(SimulatedTenant tenant, JsonObject entity, String appId, String secret) {}

  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final Map<String, Integer> polls = new ConcurrentHashMap<>();

  public SimResponse create(GraphCall call) {
    Optional<JsonObject> body = GraphJson.body(call);
    if (body.isEmpty()) {
      return GraphErrors.badRequest("Unable to read JSON request payload.", call);
    }
    Optional<String> unknown =
        ContractSchema.unknownProperty(body.get(), "deviceManagementExportJob");
    if (unknown.isPresent()) {
      return GraphErrors.badRequest(unknown.get(), call);
    }
    String report = body.get().has("reportName") ? body.get().get("reportName").getAsString() : "";
    if (!report.equals("DeviceInstallStatusByApp")) {
      return GraphErrors.badRequest(
          "Report '" + report + "' is not supported by the simulator.", call);
    }
    String filter = body.get().has("filter") ? body.get().get("filter").getAsString() : "";
    Matcher m = APP_FILTER.matcher(filter);
    if (!m.find()) {
      return GraphErrors.badRequest(
          "DeviceInstallStatusByApp needs an ApplicationId filter.", call);
    }
    String id = report + "_" + UUID.randomUUID();
    JsonObject job = new JsonObject();
    job.addProperty("id", id);
    job.addProperty("reportName", report);
    job.addProperty("filter", filter);
    job.add("select", body.get().has("select") ? body.get().get("select") : new JsonArray());
    job.addProperty(
        "format", body.get().has("format") ? body.get().get("format").getAsString() : "csv");
    job.add("snapshotId", JsonNull.INSTANCE);
    job.addProperty(
        "localizationType",
        body.get().has("localizationType")
            ? body.get().get("localizationType").getAsString()
            : "localizedValuesAsAdditionalColumn");
    job.addProperty("status", "notStarted");
    job.add("url", JsonNull.INSTANCE);
    job.addProperty("requestDateTime", GraphJson.timestamp(call.directory().clock().now()));
    job.addProperty("expirationDateTime", "0001-01-01T00:00:00Z");
    jobs.put(id, new Job(call.directory().tenant(), job, m.group(1), UUID.randomUUID().toString()));
    return GraphJson.entity(
        201, job, call.publicBase() + "/$metadata#deviceManagement/reports/exportJobs/$entity");
  }

  /** {@code GET .../exportJobs/{id}} or {@code .../exportJobs('{id}')}: advances the job. */
  public SimResponse get(GraphCall call) {
    String id = call.param(0).replace("'", "");
    Job job = jobs.get(id);
    if (job == null || job.tenant() != call.directory().tenant()) {
      return GraphErrors.of(404, "ResourceNotFound", "Resource not found", call);
    }
    int seen = polls.merge(id, 1, Integer::sum);
    JsonObject entity;
    synchronized (job) {
      if (seen == 1) {
        job.entity().addProperty("status", "inProgress");
      } else {
        String base =
            call.request().header(SimRequest.PUBLIC_BASE_HEADER).orElse("http://localhost");
        job.entity().addProperty("status", "completed");
        job.entity().addProperty("url", base + "/reports/" + id + ".zip?sig=" + job.secret());
        job.entity()
            .addProperty(
                "expirationDateTime",
                GraphJson.timestamp(call.directory().clock().now().plus(Duration.ofHours(1))));
      }
      entity = job.entity().deepCopy();
    }
    return GraphJson.entity(
        200, entity, call.publicBase() + "/$metadata#deviceManagement/reports/exportJobs/$entity");
  }

  /** The download behind a completed job's URL: {@code /reports/{id}.zip?sig=...}. */
  public SimResponse download(SimRequest request, String path, TenantDirectory directory) {
    String id = path.substring("/reports/".length()).replaceFirst("\\.zip$", "");
    Job job = jobs.get(id);
    if (job == null || !job.secret().equals(request.query().get("sig"))) {
      return SimResponse.html(403, "<Error><Code>AuthenticationFailed</Code></Error>");
    }
    List<String> columns = new ArrayList<>();
    for (JsonElement c : job.entity().getAsJsonArray("select")) {
      columns.add(c.getAsString());
    }
    if (columns.isEmpty()) {
      columns.addAll(DEFAULT_COLUMNS);
    }
    StringBuilder csv = new StringBuilder(String.join(",", columns)).append("\r\n");
    Optional<IntuneObjects.Entry> app =
        job.tenant().intune().get(IntuneObjects.Collection.MOBILE_APPS, job.appId());
    if (app.isPresent() && app.get().assignedAt().isPresent()) {
      for (int d : IntuneApps.targetedDevices(directory, app.get())) {
        JsonArray row = IntuneApps.row(directory, directory.device(d), app.get(), columns);
        List<String> cells = new ArrayList<>();
        row.forEach(v -> cells.add(csvCell(v.getAsString())));
        csv.append(String.join(",", cells)).append("\r\n");
      }
    }
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry(id + ".csv"));
      out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SimResponse(200, Map.of("Content-Type", "application/zip"), zip.toByteArray());
  }

  /** The tenant a job belongs to (for the download, which carries no token). */
  public Optional<SimulatedTenant> tenantOf(String path) {
    String id = path.substring("/reports/".length()).replaceFirst("\\.zip$", "");
    return Optional.ofNullable(jobs.get(id)).map(Job::tenant);
  }

  private static String csvCell(String value) {
    return value.contains(",") || value.contains("\"") || value.contains("\n")
        ? "\"" + value.replace("\"", "\"\"") + "\""
        : value;
  }
}
