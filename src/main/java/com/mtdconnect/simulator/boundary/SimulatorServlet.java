package com.mtdconnect.simulator.boundary;

import com.mtdconnect.platform.control.PortalSettings;
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
 * Serves the simulator under {@code /simulator/*} in demo mode; in production mode every path
 * answers 404 so nothing of the simulator is reachable.
 */
@WebServlet(urlPatterns = "/simulator/*", asyncSupported = false)
public class SimulatorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PortalSettings settings;
  @Inject transient SimulatorHolder holder;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!settings.isDemo()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Map<String, String> headers = new HashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, String.join(",", Collections.list(request.getHeaders(name))));
    }
    SimRequest simRequest =
        new SimRequest(
            request.getMethod(),
            request.getPathInfo() == null ? "/" : request.getPathInfo(),
            request.getQueryString(),
            headers,
            request.getInputStream().readAllBytes());
    SimResponse simResponse = holder.simulator().handle(simRequest);
    response.setStatus(simResponse.status());
    simResponse.headers().forEach(response::setHeader);
    if (simResponse.body().length > 0) {
      response.setContentLength(simResponse.body().length);
      response.getOutputStream().write(simResponse.body());
    }
  }
}
