package com.mtdconnect.simulator.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.platform.control.PortalSettings;
import com.mtdconnect.platform.entity.PortalMode;
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

/** The servlet adapter: nothing of the simulator is reachable outside demo mode. */
class SimulatorServletTest {

  private static final class Mode extends PortalSettings {
    private final PortalMode mode;

    Mode(PortalMode mode) {
      this.mode = mode;
    }

    @Override
    public PortalMode mode() {
      return mode;
    }

    @Override
    public boolean isDemo() {
      return mode.isDemo();
    }
  }

  private static final class Recorded {
    int status = 200;
    int error;
    final Map<String, String> headers = new HashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
  }

  private static SimulatorServlet servlet(PortalMode mode) {
    SimulatorServlet servlet = new SimulatorServlet();
    servlet.settings = new Mode(mode);
    SimulatorHolder holder = new SimulatorHolder();
    holder.seed = 1;
    holder.tenantCount = 8;
    holder.entraApp =
        com.mtdconnect.platform.control.EntraAppSettings.of(
            java.util.Optional.of("c"), java.util.Optional.empty());
    holder.redirectUris = java.util.Optional.empty();
    holder.staffSignIn =
        com.mtdconnect.platform.control.StaffSignInSettings.of(
            servlet.settings, java.util.Optional.of("portal"), java.util.Optional.of("secret"));
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
  void productionModeAnswers404ForEverySimulatorPath() throws Exception {
    for (String path :
        new String[] {"/login/common/discovery/instance", "/graph/v1.0/groups", "/oidc/jwks"}) {
      Recorded recorded = new Recorded();
      servlet(PortalMode.PRODUCTION).service(request(path), response(recorded));
      assertEquals(404, recorded.error, path);
      assertEquals(0, recorded.body.size());
    }
  }

  @Test
  void demoModeServesTheSimulatorWithItsPublicUrls() throws Exception {
    Recorded recorded = new Recorded();
    servlet(PortalMode.DEMO)
        .service(request("/oidc/.well-known/openid-configuration"), response(recorded));
    assertEquals(200, recorded.status);
    assertTrue(
        recorded
            .body
            .toString(StandardCharsets.UTF_8)
            .contains("\"issuer\":\"http://localhost:8080/simulator/oidc\""));
  }
}
