package com.mtdconnect.simulator.control.transport;

import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimWorkloadFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Graph endpoint: method, path pattern (below the version), throttling family, the app roles
 * any one of which grants access (graph-contracts §0), and the handler.
 */
public record GraphRoute(
    String method,
    Pattern path,
    SimWorkloadFamily family,
    Set<GraphAppRole> anyOf,
    boolean betaOnly,
    Handler handler) {

  /** Answers a call that matched the route and passed the permission and throttling checks. */
  @FunctionalInterface
  public interface Handler {
    SimResponse handle(GraphCall call);
  }

  public static GraphRoute of(
      String method,
      String regex,
      SimWorkloadFamily family,
      Set<GraphAppRole> anyOf,
      Handler handler) {
    return new GraphRoute(method, Pattern.compile(regex), family, anyOf, false, handler);
  }

  public GraphRoute onlyInBeta() {
    return new GraphRoute(method, path, family, anyOf, true, handler);
  }

  public boolean isWrite() {
    return !"GET".equals(method);
  }

  /** The captured path parameters when method and path match. */
  public Optional<List<String>> match(String requestMethod, String requestPath) {
    if (!method.equals(requestMethod)) {
      return Optional.empty();
    }
    Matcher matcher = path.matcher(requestPath);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    List<String> params = new ArrayList<>();
    for (int i = 1; i <= matcher.groupCount(); i++) {
      params.add(matcher.group(i));
    }
    return Optional.of(params);
  }
}
