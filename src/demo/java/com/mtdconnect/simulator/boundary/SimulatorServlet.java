package com.mtdconnect.simulator.boundary;

import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Serves the simulator under {@code /simulator/*}. It is part of the demo layer: the production WAR
 * does not contain it, so there every such path is the portal's 404.
 */
@WebServlet(urlPatterns = "/simulator/*", asyncSupported = false)
public class SimulatorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient SimulatorHolder holder;

  /**
   * The raw body; if a security filter already consumed a form body through {@code getParameter}
   * (Soteria does on every request), it is rebuilt from the parameters that did not come from the
   * query string.
   */
  private static byte[] body(HttpServletRequest request) throws IOException {
    byte[] raw = request.getInputStream().readAllBytes();
    String type = request.getContentType();
    if (raw.length > 0
        || type == null
        || !type.toLowerCase(java.util.Locale.ROOT)
            .startsWith("application/x-www-form-urlencoded")) {
      return raw;
    }
    java.util.Set<String> fromQuery = SimRequest.decodeForm(request.getQueryString()).keySet();
    StringBuilder form = new StringBuilder();
    for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
      if (fromQuery.contains(p.getKey())) {
        continue;
      }
      for (String value : p.getValue()) {
        form.append(form.length() == 0 ? "" : "&")
            .append(java.net.URLEncoder.encode(p.getKey(), java.nio.charset.StandardCharsets.UTF_8))
            .append('=')
            .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return form.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, String> headers = new HashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, String.join(",", Collections.list(request.getHeaders(name))));
    }
    headers.put(
        MicrosoftCloudSimulator.PUBLIC_BASE_HEADER,
        request.getRequestURL().toString().replaceFirst("/simulator/.*$", "/simulator"));
    SimRequest simRequest =
        new SimRequest(
            request.getMethod(),
            request.getPathInfo() == null ? "/" : request.getPathInfo(),
            request.getQueryString(),
            headers,
            body(request));
    SimResponse simResponse = holder.simulator().handle(simRequest);
    response.setStatus(simResponse.status());
    simResponse.headers().forEach(response::setHeader);
    if (simResponse.body().length > 0) {
      response.setContentLength(simResponse.body().length);
      response.getOutputStream().write(simResponse.body());
    }
  }
}
