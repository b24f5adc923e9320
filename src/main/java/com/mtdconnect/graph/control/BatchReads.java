package com.mtdconnect.graph.control;

import com.microsoft.graph.core.content.BatchRequestContent;
import com.microsoft.graph.core.content.BatchResponseContent;
import com.microsoft.graph.models.DirectoryObjectCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestInformation;
import com.mtdconnect.graph.entity.GraphThrottled;
import com.mtdconnect.graph.entity.OwnedDevice;
import com.mtdconnect.graph.entity.WorkloadFamily;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Response;

/**
 * Bulk reads through {@code $batch} (20 steps per batch). The SDK does not retry steps that Graph
 * throttled inside a batch, so we re-batch the failed steps (a fresh batch, so step ids stay ours)
 * after their longest {@code Retry-After}, a bounded number of times.
 */
public final class BatchReads {

  private static final int MAX_STEPS = 20;
  private static final int MAX_ROUNDS = 5;

  private final RequestPacer pacer;
  private final Duration maxRetryWait;

  public BatchReads(RequestPacer pacer, Duration maxRetryWait) {
    this.pacer = pacer;
    this.maxRetryWait = maxRetryWait;
  }

  /** Owned devices of each user, read 20 users per {@code $batch}. */
  public Map<String, List<OwnedDevice>> ownedDevicesOfUsers(
      GraphServiceClient client, String tenantId, List<String> userIds) {
    Map<String, List<OwnedDevice>> result = new LinkedHashMap<>();
    for (int from = 0; from < userIds.size(); from += MAX_STEPS) {
      List<String> chunk = userIds.subList(from, Math.min(userIds.size(), from + MAX_STEPS));
      runWithRetries(client, tenantId, chunk, result);
    }
    return result;
  }

  private void runWithRetries(
      GraphServiceClient client,
      String tenantId,
      List<String> users,
      Map<String, List<OwnedDevice>> result) {
    List<String> pending = users;
    for (int round = 1; ; round++) {
      BatchRequestContent current = new BatchRequestContent(client);
      Map<String, String> userByStep = new HashMap<>();
      for (String userId : pending) {
        RequestInformation info =
            client.users().byUserId(userId).ownedDevices().toGetRequestInformation();
        userByStep.put(current.addBatchRequestStep(info), userId);
      }
      int unitsPerStep = WorkloadFamilies.resourceUnits("/users/id/ownedDevices", "");
      pacer.acquire(
          tenantId, WorkloadFamily.DIRECTORY, unitsPerStep * pending.size(), pending.size());
      BatchResponseContent response;
      try {
        response = client.getBatchRequestBuilder().post(current, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Map<String, Integer> statuses = response.getResponsesStatusCode();
      Map<String, Integer> throttled = new HashMap<>();
      Duration wait = Duration.ZERO;
      boolean appWide = false;
      for (Map.Entry<String, Integer> s : statuses.entrySet()) {
        if (BatchResponseContent.isSuccessStatusCode(s.getValue())) {
          DirectoryObjectCollectionResponse page =
              response.getResponseById(
                  s.getKey(), DirectoryObjectCollectionResponse::createFromDiscriminatorValue);
          result.put(userByStep.get(s.getKey()), DirectoryReads.ownedDevices(page));
        } else if (s.getValue() == 429 || s.getValue() == 503) {
          throttled.put(s.getKey(), s.getValue());
          try (Response step = response.getResponseById(s.getKey())) {
            Duration after = PacingInterceptor.RetryAfter.parse(step.header("Retry-After"));
            appWide |= PacingInterceptor.isAppWide(step.header("x-ms-throttle-scope"));
            wait = after.compareTo(wait) > 0 ? after : wait;
          }
        } else {
          result.put(userByStep.get(s.getKey()), List.of());
        }
      }
      if (throttled.isEmpty()) {
        return;
      }
      if (round >= MAX_ROUNDS || wait.compareTo(maxRetryWait) > 0) {
        throw new GraphThrottled(
            tenantId,
            wait,
            throttled.size() + " batch steps still throttled after " + round + " rounds");
      }
      if (appWide) {
        pacer.pauseApp(wait);
      } else {
        pacer.pause(tenantId, WorkloadFamily.DIRECTORY, wait);
      }
      pending = throttled.keySet().stream().map(userByStep::get).toList();
    }
  }
}
