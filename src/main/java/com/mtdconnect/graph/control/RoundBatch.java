package com.mtdconnect.graph.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.graph.core.content.BatchRequestContent;
import com.microsoft.graph.core.content.BatchResponseContent;
import com.microsoft.graph.core.requests.BatchRequestBuilder;
import com.microsoft.graph.groups.delta.DeltaGetResponse;
import com.microsoft.graph.models.ManagedDevice;
import com.microsoft.graph.models.ManagedDeviceCollectionResponse;
import com.microsoft.graph.models.MobileThreatDefenseConnectorCollectionResponse;
import com.microsoft.graph.models.odataerrors.MainError;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.HttpMethod;
import com.microsoft.kiota.NativeResponseHandler;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import com.mtdconnect.graph.entity.Answer;
import com.mtdconnect.graph.entity.AppInstallStatus;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.graph.entity.GraphThrottled;
import com.mtdconnect.graph.entity.GraphUnavailable;
import com.mtdconnect.graph.entity.GroupChange;
import com.mtdconnect.graph.entity.GroupDelta;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.ManagedDeviceState;
import com.mtdconnect.graph.entity.MtdConnectorState;
import com.mtdconnect.graph.entity.RoundAnswers;
import com.mtdconnect.graph.entity.RoundReads;
import com.mtdconnect.graph.entity.WorkloadFamily;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Response;

/**
 * A tenant round's first reads as ONE {@code $batch}: the group delta, Intune's managed devices,
 * the install report of each of our apps, the MTD connectors and the compliance policies
 * (graph-contracts §10). The batch goes to the beta root because the install report exists only
 * there (§6.5); every other step is the same resource in beta. Each step is answered on its own: a
 * failed step becomes that step's typed failure, throttled steps are sent again in a fresh batch
 * after their longest {@code Retry-After} (the SDK does not retry inside a batch; the wait pauses
 * every tenant when the step's {@code x-ms-throttle-scope} is the application's limit, as {@link
 * BatchReads} and single requests do), steps' near-limit headers slow the pace, and only a step
 * whose answer continues (a {@code nextLink}, a longer report) costs further requests.
 */
public final class RoundBatch {

  private static final int MAX_ROUNDS = 5;

  /**
   * Steps Microsoft could not serve (503) are sent once more after their {@code Retry-After}, or
   * this long without one; then the round fails and its own backoff with jitter takes over.
   */
  private static final int UNAVAILABLE_ROUNDS = 2;

  private static final Duration UNAVAILABLE_RETRY = Duration.ofSeconds(1);
  private static final int DEVICE_PAGE = 1000;
  private static final int REPORT_PAGE = 1000;
  private static final String[] DEVICE_FIELDS = {
    "id",
    "userId",
    "deviceName",
    "operatingSystem",
    "userPrincipalName",
    "azureADDeviceId",
    "partnerReportedThreatState"
  };
  private static final String[] GROUP_FIELDS = {
    "displayName", "description", "securityEnabled", "mailEnabled", "groupTypes", "members"
  };

  private final RequestPacer pacer;
  private final CallMetricsRecorder metrics;
  private final Duration maxRetryWait;

  /**
   * @param metrics counts each throttled step as a 429 of its family (the envelope's 200 hides it)
   */
  public RoundBatch(RequestPacer pacer, CallMetricsRecorder metrics, Duration maxRetryWait) {
    this.pacer = pacer;
    this.metrics = metrics;
    this.maxRetryWait = maxRetryWait;
  }

  /** What one step reads, and how its success is turned into a complete answer. */
  private enum StepKind {
    GROUP_DELTA,
    MANAGED_DEVICES,
    INSTALL_STATUS,
    MTD_CONNECTORS,
    COMPLIANCE_POLICIES,
    APP_CONFIGURATIONS
  }

  private record Step(StepKind kind, String appId, RequestInformation request) {}

  public RoundAnswers read(GraphServiceClient client, String tenantId, RoundReads reads) {
    List<Step> steps = steps(client, reads);
    int[] requests = {0};
    Map<Step, Object> answers = new LinkedHashMap<>();
    List<Step> pending = steps;
    for (int round = 1; !pending.isEmpty(); round++) {
      BatchRequestContent batch = new BatchRequestContent(client);
      Map<String, Step> stepById = new HashMap<>();
      for (Step step : pending) {
        stepById.put(batch.addBatchRequestStep(step.request()), step);
      }
      pace(tenantId, pending);
      BatchResponseContent response = post(client, batch);
      requests[0]++;
      List<Step> throttled = new ArrayList<>();
      Duration wait = Duration.ZERO;
      boolean appWide = false;
      boolean unavailableOnly = true;
      for (Map.Entry<String, Integer> s : response.getResponsesStatusCode().entrySet()) {
        Step step = stepById.get(s.getKey());
        int status = s.getValue();
        if (BatchResponseContent.isSuccessStatusCode(status)) {
          nearLimit(tenantId, step, response, s.getKey());
          answers.put(step, answer(client, tenantId, step, response, s.getKey(), requests));
        } else if (status == 429 || status == 503) {
          throttled.add(step);
          unavailableOnly &= status == 503;
          if (status == 429) {
            metrics.throttledStep(tenantId, family(step));
          }
          try (Response inner = response.getResponseById(s.getKey())) {
            String asked = inner.header("Retry-After");
            Duration after =
                asked == null && status == 503
                    ? UNAVAILABLE_RETRY
                    : PacingInterceptor.RetryAfter.parse(asked);
            appWide |= PacingInterceptor.isAppWide(inner.header("x-ms-throttle-scope"));
            wait = after.compareTo(wait) > 0 ? after : wait;
          }
        } else {
          answers.put(step, Answer.failed(failure(tenantId, step, response, s.getKey(), status)));
        }
      }
      if (throttled.isEmpty()) {
        break;
      }
      // Microsoft's wait holds for every request of the tenant's families, or of the app across
      // all tenants when the limit it names is the application's: nothing goes there before
      for (Step step : throttled) {
        if (appWide) {
          pacer.pauseApp(wait);
        } else {
          pacer.pause(tenantId, family(step), wait);
        }
      }
      boolean giveUp =
          round >= MAX_ROUNDS
              || wait.compareTo(maxRetryWait) > 0
              || (unavailableOnly && round >= UNAVAILABLE_ROUNDS);
      if (giveUp) {
        if (unavailableOnly) {
          throw new GraphUnavailable(
              tenantId,
              "Microsoft Graph was unavailable (503) for "
                  + throttled.size()
                  + " of the round's reads after "
                  + round
                  + " attempt(s)",
              null);
        }
        throw new GraphThrottled(
            tenantId,
            wait,
            (appWide
                    ? "Microsoft limits our app across all tenants: "
                    : "Microsoft limits our app in this tenant: ")
                + throttled.size()
                + " of the round's reads still throttled after "
                + round
                + " attempt(s)");
      }
      pending = throttled;
    }
    return answersOf(answers, requests[0]);
  }

  @SuppressWarnings("unchecked")
  private static RoundAnswers answersOf(Map<Step, Object> answers, int requests) {
    Optional<Answer<GroupDelta>> delta = Optional.empty();
    Optional<Answer<List<ManagedDeviceState>>> devices = Optional.empty();
    Map<String, Answer<List<AppInstallStatus>>> install = new LinkedHashMap<>();
    Optional<Answer<List<MtdConnectorState>>> connectors = Optional.empty();
    Optional<Answer<List<IntuneObject>>> policies = Optional.empty();
    Optional<Answer<List<IntuneObject>>> configurations = Optional.empty();
    for (Map.Entry<Step, Object> e : answers.entrySet()) {
      Object a = e.getValue() instanceof Answer<?> ? e.getValue() : Answer.of(e.getValue());
      switch (e.getKey().kind()) {
        case GROUP_DELTA -> delta = Optional.of((Answer<GroupDelta>) a);
        case MANAGED_DEVICES -> devices = Optional.of((Answer<List<ManagedDeviceState>>) a);
        case INSTALL_STATUS -> install.put(e.getKey().appId(), (Answer<List<AppInstallStatus>>) a);
        case MTD_CONNECTORS -> connectors = Optional.of((Answer<List<MtdConnectorState>>) a);
        case COMPLIANCE_POLICIES -> policies = Optional.of((Answer<List<IntuneObject>>) a);
        case APP_CONFIGURATIONS -> configurations = Optional.of((Answer<List<IntuneObject>>) a);
      }
    }
    return new RoundAnswers(
        delta, devices, install, connectors, policies, configurations, requests);
  }

  private static List<Step> steps(GraphServiceClient client, RoundReads reads) {
    List<Step> steps = new ArrayList<>();
    reads
        .groupDelta()
        .ifPresent(
            link ->
                steps.add(
                    new Step(
                        StepKind.GROUP_DELTA,
                        "",
                        link.isPresent()
                            ? get(link.get())
                            : client
                                .groups()
                                .delta()
                                .toGetRequestInformation(
                                    rc -> rc.queryParameters.select = GROUP_FIELDS))));
    if (reads.managedDevices()) {
      steps.add(
          new Step(
              StepKind.MANAGED_DEVICES,
              "",
              client
                  .deviceManagement()
                  .managedDevices()
                  .toGetRequestInformation(
                      rc -> {
                        rc.queryParameters.select = DEVICE_FIELDS;
                        rc.queryParameters.top = DEVICE_PAGE;
                      })));
    }
    for (String appId : reads.installStatusAppIds()) {
      steps.add(new Step(StepKind.INSTALL_STATUS, appId, report(appId, 0)));
    }
    if (reads.mtdConnectors()) {
      steps.add(
          new Step(
              StepKind.MTD_CONNECTORS,
              "",
              client.deviceManagement().mobileThreatDefenseConnectors().toGetRequestInformation()));
    }
    if (reads.compliancePolicies()) {
      steps.add(
          new Step(
              StepKind.COMPLIANCE_POLICIES,
              "",
              get(
                  BetaRequests.BETA
                      + IntuneProvisioningCalls.collectionPath(
                          IntuneObjectKind.COMPLIANCE_POLICY))));
    }
    if (reads.appConfigurations()) {
      steps.add(
          new Step(
              StepKind.APP_CONFIGURATIONS,
              "",
              get(
                  BetaRequests.BETA
                      + IntuneProvisioningCalls.collectionPath(
                          IntuneObjectKind.APP_CONFIGURATION))));
    }
    return steps;
  }

  private static RequestInformation get(String absoluteUrl) {
    RequestInformation info = new RequestInformation();
    info.httpMethod = HttpMethod.GET;
    info.setUri(URI.create(absoluteUrl));
    info.headers.add("Accept", "application/json");
    return info;
  }

  private static RequestInformation report(String appId, int skip) {
    RequestInformation info = new RequestInformation();
    info.httpMethod = HttpMethod.POST;
    info.setUri(URI.create(BetaRequests.BETA + InstallStatusReports.REPORT_PATH));
    info.headers.add("Accept", "application/json");
    info.setStreamContent(
        new ByteArrayInputStream(
            InstallStatusReports.reportRequest(appId, skip, REPORT_PAGE)
                .toString()
                .getBytes(StandardCharsets.UTF_8)),
        "application/json");
    return info;
  }

  private void pace(String tenantId, List<Step> steps) {
    for (Step s : steps) {
      pacer.acquire(tenantId, family(s), 1);
    }
  }

  private static WorkloadFamily family(Step step) {
    return switch (step.kind()) {
      case GROUP_DELTA -> WorkloadFamily.DIRECTORY;
      case MANAGED_DEVICES -> WorkloadFamily.INTUNE_DEVICES;
      case INSTALL_STATUS -> WorkloadFamily.INTUNE_APPS;
      case MTD_CONNECTORS -> WorkloadFamily.INTUNE_ENROLLMENT;
      case COMPLIANCE_POLICIES -> WorkloadFamily.INTUNE_CONFIGURATION;
      case APP_CONFIGURATIONS -> WorkloadFamily.INTUNE_APPS;
    };
  }

  /**
   * A step's {@code x-ms-throttle-limit-percentage} (the envelope never carries it: each inner
   * request is counted on its own) slows the tenant's family and the app's pace as a single
   * request's would.
   */
  private void nearLimit(String tenantId, Step step, BatchResponseContent response, String id) {
    try (Response inner = response.getResponseById(id)) {
      if (inner != null) {
        PacingInterceptor.nearLimitShare(inner.header("x-ms-throttle-limit-percentage"))
            .ifPresent(share -> pacer.nearLimit(tenantId, family(step), share));
      }
    }
  }

  /** Posts the batch to the beta root (the SDK's builder posts to its client's version root). */
  private static BatchResponseContent post(GraphServiceClient client, BatchRequestContent batch) {
    try {
      RequestInformation info =
          new BatchRequestBuilder(client.getRequestAdapter()).toPostRequestInformation(batch);
      info.setUri(URI.create(BetaRequests.BETA + "/$batch"));
      NativeResponseHandler handler = new NativeResponseHandler();
      info.setResponseHandler(handler);
      HashMap<String, ParsableFactory<? extends Parsable>> errors = new HashMap<>();
      errors.put("XXX", ODataError::createFromDiscriminatorValue);
      client.getRequestAdapter().sendPrimitive(info, errors, InputStream.class);
      Response raw = (Response) handler.getValue();
      if (!raw.isSuccessful()) {
        // the envelope itself refused (token refused, tenant gone, throttled): the native handler
        // does not raise it, so raise it as the SDK would for a single request
        throw envelopeFailure(raw);
      }
      return new BatchResponseContent(raw, errors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A successful step's complete value: further pages followed outside the batch. */
  private static Object answer(
      GraphServiceClient client,
      String tenantId,
      Step step,
      BatchResponseContent response,
      String id,
      int[] requests) {
    switch (step.kind()) {
      case GROUP_DELTA -> {
        DeltaGetResponse first =
            response.getResponseById(id, DeltaGetResponse::createFromDiscriminatorValue);
        List<GroupChange> changes = new ArrayList<>();
        GraphPages.Walk<DeltaGetResponse> walk =
            GraphPages.ofDelta(
                    DeltaGetResponse::getValue, next -> client.groups().delta().withUrl(next).get())
                .forEach(first, g -> changes.add(DirectoryReads.change(g)));
        requests[0] += Math.max(0, walk.pages() - 1);
        return new GroupDelta(changes, DirectoryReads.deltaLinkOf(walk, "group"), walk.pages());
      }
      case MANAGED_DEVICES -> {
        ManagedDeviceCollectionResponse first =
            response.getResponseById(
                id, ManagedDeviceCollectionResponse::createFromDiscriminatorValue);
        List<ManagedDeviceState> devices = new ArrayList<>();
        GraphPages.Walk<ManagedDeviceCollectionResponse> walk =
            GraphPages.of(
                    ManagedDeviceCollectionResponse::getValue,
                    next -> client.deviceManagement().managedDevices().withUrl(next).get())
                .forEach(first, d -> devices.add(device(d)));
        requests[0] += Math.max(0, walk.pages() - 1);
        return devices;
      }
      case INSTALL_STATUS -> {
        JsonObject page = json(response.getResponseStreamById(id));
        List<AppInstallStatus> rows = new ArrayList<>(InstallStatusReports.parse(page));
        int total = InstallStatusReports.totalRows(page, rows.size());
        while (rows.size() < total) {
          JsonObject next =
              BetaRequests.post(
                  client,
                  InstallStatusReports.REPORT_PATH,
                  InstallStatusReports.reportRequest(step.appId(), rows.size(), REPORT_PAGE));
          requests[0]++;
          List<AppInstallStatus> more = InstallStatusReports.parse(next);
          if (more.isEmpty()) {
            break;
          }
          rows.addAll(more);
        }
        return rows;
      }
      case MTD_CONNECTORS -> {
        return IntuneOperations.connectors(
            response.getResponseById(
                id, MobileThreatDefenseConnectorCollectionResponse::createFromDiscriminatorValue));
      }
      case COMPLIANCE_POLICIES, APP_CONFIGURATIONS -> {
        IntuneObjectKind kind =
            step.kind() == StepKind.COMPLIANCE_POLICIES
                ? IntuneObjectKind.COMPLIANCE_POLICY
                : IntuneObjectKind.APP_CONFIGURATION;
        JsonObject page = json(response.getResponseStreamById(id));
        List<IntuneObject> policies = new ArrayList<>();
        while (true) {
          for (JsonElement e : page.has("value") ? page.getAsJsonArray("value") : new JsonArray()) {
            policies.add(IntuneProvisioningCalls.object(kind, e.getAsJsonObject()));
          }
          if (!page.has("@odata.nextLink") || page.get("@odata.nextLink").isJsonNull()) {
            return policies;
          }
          page =
              BetaRequests.send(
                  client, HttpMethod.GET, page.get("@odata.nextLink").getAsString(), null);
          requests[0]++;
        }
      }
      default -> throw new IllegalStateException("unknown step " + step.kind());
    }
  }

  private static ManagedDeviceState device(ManagedDevice d) {
    return new ManagedDeviceState(
        d.getId(),
        Optional.ofNullable(d.getUserId()).filter(s -> !s.isBlank()),
        d.getDeviceName() == null ? "" : d.getDeviceName(),
        d.getOperatingSystem() == null ? "" : d.getOperatingSystem(),
        Optional.ofNullable(d.getUserPrincipalName()),
        Optional.ofNullable(d.getAzureADDeviceId()),
        d.getPartnerReportedThreatState() == null
            ? "unknown"
            : d.getPartnerReportedThreatState().getValue());
  }

  /** A failed step as the typed failure the same request alone would have raised. */
  private static GraphFailure failure(
      String tenantId, Step step, BatchResponseContent response, String id, int status) {
    ODataError error = new StepError(status);
    error.setError(mainError(response.getResponseStreamById(id)));
    String operation =
        switch (step.kind()) {
          case GROUP_DELTA -> "group delta";
          case MANAGED_DEVICES -> "list managed devices";
          case INSTALL_STATUS -> "read app install status";
          case MTD_CONNECTORS -> "read MTD connectors";
          case COMPLIANCE_POLICIES -> "read compliance policies";
          case APP_CONFIGURATIONS -> "read app configurations";
        };
    return GraphFailures.translate(tenantId, operation, error);
  }

  /** The envelope's error response as the SDK raises it for a single request. */
  private static ODataError envelopeFailure(Response raw) {
    StepError error = new StepError(raw.code());
    com.microsoft.kiota.ResponseHeaders headers = new com.microsoft.kiota.ResponseHeaders();
    raw.headers()
        .names()
        .forEach(name -> headers.put(name, new java.util.HashSet<>(raw.headers(name))));
    error.headers(headers);
    try (raw) {
      error.setError(mainError(raw.body() == null ? null : raw.body().byteStream()));
    }
    return error;
  }

  /** The OData error ({@code code}, {@code message}) of an error body; empty when unreadable. */
  private static MainError mainError(InputStream body) {
    MainError main = new MainError();
    main.setCode("");
    try {
      JsonObject json = json(body);
      if (json.has("error") && json.get("error").isJsonObject()) {
        JsonObject e = json.getAsJsonObject("error");
        main.setCode(e.has("code") ? e.get("code").getAsString() : "");
        main.setMessage(e.has("message") ? e.get("message").getAsString() : "");
      }
    } catch (RuntimeException unreadable) {
      main.setCode("");
    }
    return main;
  }

  /** A batch step's error as the SDK raises it for a single request (status and OData error). */
  private static final class StepError extends ODataError {
    private static final long serialVersionUID = 1L;

    StepError(int status) {
      setResponseStatusCode(status);
    }

    void headers(com.microsoft.kiota.ResponseHeaders headers) {
      setResponseHeaders(headers);
    }
  }

  private static JsonObject json(InputStream in) {
    if (in == null) {
      return new JsonObject();
    }
    try (InputStream body = in) {
      byte[] bytes = body.readAllBytes();
      if (bytes.length == 0) {
        return new JsonObject();
      }
      var parsed =
          JsonParser.parseReader(
              new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
      return parsed.isJsonObject() ? parsed.getAsJsonObject() : new JsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
