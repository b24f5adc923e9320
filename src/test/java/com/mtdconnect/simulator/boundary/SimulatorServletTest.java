package com.mtdconnect.simulator.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.platform.control.MicrosoftEndpoints;
import com.mtdconnect.platform.control.PortalSettings;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The servlet adapter of the demo layer: requests reach the simulator with the public URL they came
 * in on. (That the production WAR has no simulator at all is ProductionArtifactIT's business.)
 */
class SimulatorServletTest {

  private static final String MSP_TENANT = "4d5f0a3e-6b1c-4c8e-9a57-00000000e5a0";

  private static final class Recorded {
    int status = 200;
    int error;
    final Map<String, String> headers = new HashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
  }

  private static SimulatorServlet servlet() {
    return servlet(java.time.Clock.systemUTC());
  }

  private static SimulatorServlet servlet(java.time.Clock clock) {
    SimulatorServlet servlet = new SimulatorServlet();
    SimulatorHolder holder = new SimulatorHolder();
    holder.seed = 1;
    holder.tenantCount = 8;
    holder.clock = clock;
    holder.appRequestsPerSecond = 2000;
    holder.tokenRequestsPerMinute = 60;
    holder.entraApp =
        com.mtdconnect.platform.control.EntraAppSettings.of(
            java.util.Optional.of("c"), java.util.Optional.of("demo-secret"));
    holder.redirectUris = java.util.Optional.empty();
    holder.staffSignIn =
        com.mtdconnect.platform.control.StaffSignInSettings.of(
            PortalSettings.of("http://localhost:8080"),
            MicrosoftEndpoints.PUBLISHED,
            java.util.Optional.of(MSP_TENANT),
            java.util.Optional.of("portal"),
            java.util.Optional.of("secret"));
    servlet.holder = holder;
    return servlet;
  }

  private static HttpServletRequest request(String pathInfo) {
    byte[] body = new byte[0];
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            SimulatorServletTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getMethod" -> "GET";
                  case "getPathInfo" -> pathInfo;
                  case "getQueryString", "getContentType", "getHeader" -> null;
                  case "getHeaderNames", "getHeaders" -> Collections.emptyEnumeration();
                  case "getRequestURL" ->
                      new StringBuffer("http://localhost:8080/simulator" + pathInfo);
                  case "getParameterMap" -> Map.of();
                  case "getInputStream" -> input(body);
                  default -> null;
                });
  }

  private static ServletInputStream input(byte[] body) {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {}
    };
  }

  private static HttpServletResponse response(Recorded recorded) {
    ServletOutputStream out =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            recorded.body.write(b);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {}
        };
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            SimulatorServletTest.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "sendError" -> recorded.error = (Integer) args[0];
                case "setStatus" -> recorded.status = (Integer) args[0];
                case "setHeader" -> recorded.headers.put((String) args[0], (String) args[1]);
                case "getOutputStream" -> {
                  return out;
                }
                default -> {}
              }
              return null;
            });
  }

  @Test
  void theServersSimulatorRunsOnThePortalsClock() {
    java.time.Instant portalNow = java.time.Instant.parse("2031-05-06T07:08:09Z");
    SimulatorServlet servlet = servlet(java.time.Clock.fixed(portalNow, java.time.ZoneOffset.UTC));
    var simulated = servlet.holder.simulator().clock();
    assertEquals(portalNow, simulated.now(), "moves when the portal's (movable) clock moves");
    simulated.advance(java.time.Duration.ofHours(1));
    assertEquals(portalNow.plusSeconds(3600), simulated.now(), "and on its own control page");
  }

  @Test
  void servesTheMspTenantsSignInAtEntrasPaths() throws Exception {
    Recorded recorded = new Recorded();
    servlet()
        .service(
            request("/login/" + MSP_TENANT + "/v2.0/.well-known/openid-configuration"),
            response(recorded));
    assertEquals(200, recorded.status);
    String discovery = recorded.body.toString(StandardCharsets.UTF_8);
    assertTrue(
        discovery.contains(
            "\"issuer\":\"https://login.microsoftonline.com/" + MSP_TENANT + "/v2.0\""),
        discovery);
    assertTrue(
        discovery.contains(
            "\"authorization_endpoint\":\"https://login.microsoftonline.com/"
                + MSP_TENANT
                + "/oauth2/v2.0/authorize\""),
        discovery);
  }
}
