package com.mtdconnect.graph.control;

import com.microsoft.graph.core.content.BatchRequestContent;
import com.microsoft.graph.core.content.BatchResponseContent;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.mtdconnect.graph.control.RoundSteps.Step;
import com.mtdconnect.graph.entity.Answer;
import com.mtdconnect.graph.entity.GraphThrottled;
import com.mtdconnect.graph.entity.GraphUnavailable;
import com.mtdconnect.graph.entity.RoundAnswers;
import com.mtdconnect.graph.entity.RoundReads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Response;

/**
 * A tenant round's first reads as ONE {@code $batch}: the group delta, Intune's managed devices,
 * the install report of each of our apps, the MTD connectors, the compliance policies and the app
 * roles the tenant granted our app (the consent check; graph-contracts §1.5, §10). The batch goes
 * to the beta root because the install report exists only there (§6.5); every other step is the
 * same resource in beta. Each step is answered on its own ({@link RoundStepAnswers}): a failed step
 * becomes that step's typed failure, throttled steps are sent again in a fresh batch after their
 * longest {@code Retry-After} (the SDK does not retry inside a batch; the wait pauses every tenant
 * when the step's {@code x-ms-throttle-scope} is the application's limit, as {@link BatchReads} and
 * single requests do), steps' near-limit headers slow the pace, and only a step whose answer
 * continues (a {@code nextLink}, a longer report) costs further requests. The steps are {@link
 * RoundSteps}; the wire format is {@link BatchEnvelope}.
 */
public final class RoundBatch {

  private static final int MAX_ROUNDS = 5;

  /**
   * Steps Microsoft could not serve (503) are sent once more after their {@code Retry-After}, or
   * this long without one; then the round fails and its own backoff with jitter takes over.
   */
  private static final int UNAVAILABLE_ROUNDS = 2;

  private static final Duration UNAVAILABLE_RETRY = Duration.ofSeconds(1);

  private final RequestPacer pacer;
  private final CallMetricsRecorder metrics;
  private final Duration maxRetryWait;
  private final String clientId;

  /**
   * @param metrics counts each throttled step as a 429 of its family (the envelope's 200 hides it)
   * @param clientId our app, whose grant in the tenant the consent step reads
   */
  public RoundBatch(
      RequestPacer pacer, CallMetricsRecorder metrics, Duration maxRetryWait, String clientId) {
    this.pacer = pacer;
    this.metrics = metrics;
    this.maxRetryWait = maxRetryWait;
    this.clientId = clientId;
  }

  /** What one sending of the batch left to do: the throttled steps and how long to wait. */
  private static final class Throttled {
    final List<Step> steps = new ArrayList<>();
    Duration wait = Duration.ZERO;
    boolean appWide;
    boolean unavailableOnly = true;
  }

  public RoundAnswers read(GraphServiceClient client, String tenantId, RoundReads reads) {
    int[] requests = {0};
    Map<Step, Object> answers = new LinkedHashMap<>();
    List<Step> pending = RoundSteps.of(client, reads, clientId);
    for (int round = 1; !pending.isEmpty(); round++) {
      BatchRequestContent batch = new BatchRequestContent(client);
      Map<String, Step> stepById = new HashMap<>();
      for (Step step : pending) {
        stepById.put(batch.addBatchRequestStep(step.request()), step);
      }
      pace(tenantId, pending);
      BatchResponseContent response = BatchEnvelope.post(client, batch);
      requests[0]++;
      Throttled throttled = new Throttled();
      for (Map.Entry<String, Integer> s : response.getResponsesStatusCode().entrySet()) {
        Step step = stepById.get(s.getKey());
        int status = s.getValue();
        if (BatchResponseContent.isSuccessStatusCode(status)) {
          nearLimit(tenantId, step, response, s.getKey());
          answers.put(step, RoundStepAnswers.answer(client, step, response, s.getKey(), requests));
        } else if (status == 429 || status == 503) {
          throttled(tenantId, step, status, response.getResponseById(s.getKey()), throttled);
        } else {
          answers.put(
              step,
              Answer.failed(
                  RoundStepAnswers.failure(tenantId, step, response, s.getKey(), status)));
        }
      }
      if (throttled.steps.isEmpty()) {
        break;
      }
      waitOut(tenantId, throttled, round);
      pending = throttled.steps;
    }
    return RoundStepAnswers.of(answers, requests[0]);
  }

  private void throttled(
      String tenantId, Step step, int status, Response inner, Throttled throttled) {
    throttled.steps.add(step);
    throttled.unavailableOnly &= status == 503;
    if (status == 429) {
      metrics.throttledStep(tenantId, step.family());
    }
    try (inner) {
      String asked = inner.header("Retry-After");
      Duration after =
          asked == null && status == 503
              ? UNAVAILABLE_RETRY
              : PacingInterceptor.RetryAfter.parse(asked);
      throttled.appWide |= PacingInterceptor.isAppWide(inner.header("x-ms-throttle-scope"));
      throttled.wait = after.compareTo(throttled.wait) > 0 ? after : throttled.wait;
    }
  }

  /**
   * Microsoft's wait holds for every request of the tenant's families, or of the app across all
   * tenants when the limit it names is the application's: nothing goes there before. Throws when
   * the steps are to be given up.
   */
  private void waitOut(String tenantId, Throttled throttled, int round) {
    for (Step step : throttled.steps) {
      if (throttled.appWide) {
        pacer.pauseApp(throttled.wait);
      } else {
        pacer.pause(tenantId, step.family(), throttled.wait);
      }
    }
    boolean giveUp =
        round >= MAX_ROUNDS
            || throttled.wait.compareTo(maxRetryWait) > 0
            || (throttled.unavailableOnly && round >= UNAVAILABLE_ROUNDS);
    if (!giveUp) {
      return;
    }
    if (throttled.unavailableOnly) {
      throw new GraphUnavailable(
          tenantId,
          "Microsoft Graph was unavailable (503) for "
              + throttled.steps.size()
              + " of the round's reads after "
              + round
              + " attempt(s)",
          null);
    }
    throw new GraphThrottled(
        tenantId,
        throttled.wait,
        (throttled.appWide
                ? "Microsoft limits our app across all tenants: "
                : "Microsoft limits our app in this tenant: ")
            + throttled.steps.size()
            + " of the round's reads still throttled after "
            + round
            + " attempt(s)");
  }

  private void pace(String tenantId, List<Step> steps) {
    for (Step s : steps) {
      pacer.acquire(tenantId, s.family(), s.units());
    }
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
            .ifPresent(share -> pacer.nearLimit(tenantId, step.family(), share));
      }
    }
  }
}
