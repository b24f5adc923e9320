package com.mtdconnect.graph.control;

import java.net.URI;
import java.util.Optional;

/**
 * Demo and test only: maps Microsoft's public URLs onto the simulator ({@code {base}/login/...},
 * {@code {base}/graph/...}). Without a base it changes nothing, which is the production path.
 */
public record TransportReroute(Optional<URI> simulator) {

  static final String LOGIN = "https://login.microsoftonline.com";
  static final String LOGIN_443 = "https://login.microsoftonline.com:443";
  static final String GRAPH = "https://graph.microsoft.com";
  static final String GRAPH_443 = "https://graph.microsoft.com:443";

  public String apply(String url) {
    if (simulator.isEmpty()) {
      return url;
    }
    String base = simulator.get().toString().replaceAll("/+$", "");
    for (String[] rule :
        new String[][] {
          {LOGIN_443, "/login"}, {LOGIN, "/login"}, {GRAPH_443, "/graph"}, {GRAPH, "/graph"}
        }) {
      if (url.startsWith(rule[0] + "/")) {
        return base + rule[1] + url.substring(rule[0].length());
      }
    }
    return url;
  }
}
