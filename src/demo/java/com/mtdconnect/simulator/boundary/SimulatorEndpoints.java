package com.mtdconnect.simulator.boundary;

import com.mtdconnect.platform.control.MicrosoftEndpoints;
import java.net.URI;

/**
 * Reaches Microsoft's URLs at a simulator instead: {@code https://login.microsoftonline.com/...} at
 * {@code {base}/login/...} and {@code https://graph.microsoft.com/...} at {@code {base}/graph/...}
 * (also in the {@code :443} form MSAL uses for instance discovery); any other URL as it is.
 */
public record SimulatorEndpoints(URI base) implements MicrosoftEndpoints {

  private static final String[][] RULES = {
    {"https://login.microsoftonline.com:443", "/login"},
    {"https://login.microsoftonline.com", "/login"},
    {"https://graph.microsoft.com:443", "/graph"},
    {"https://graph.microsoft.com", "/graph"}
  };

  @Override
  public String resolve(String microsoftUrl) {
    String simulator = base.toString().replaceAll("/+$", "");
    for (String[] rule : RULES) {
      if (microsoftUrl.startsWith(rule[0] + "/")) {
        return simulator + rule[1] + microsoftUrl.substring(rule[0].length());
      }
    }
    return microsoftUrl;
  }
}
