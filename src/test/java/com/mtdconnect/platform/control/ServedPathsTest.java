package com.mtdconnect.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which paths the portal serves, decided from its files and its servlets' mappings. */
class ServedPathsTest {

  private final ServedPaths paths = new ServedPaths();

  private final ServletContext portal =
      context(
          Set.of("/tenancy/list.xhtml", "/resources/portal/css/portal.css"),
          Map.of(
              "Faces", List.of("*.xhtml"),
              "Default", List.of("/"),
              "Callback", List.of("/consent/callback"),
              "Api", List.of("/api/*")));

  @Test
  void existingPagesFilesAndMappedServletsAreServed() {
    assertTrue(paths.serves(portal, "/"));
    assertTrue(paths.serves(portal, "/tenancy/list.xhtml"));
    assertTrue(paths.serves(portal, "/resources/portal/css/portal.css"));
    assertTrue(paths.serves(portal, "/consent/callback"));
    assertTrue(paths.serves(portal, "/api"));
    assertTrue(paths.serves(portal, "/api/tenants/1"));
  }

  @Test
  void pathsNothingServesAreNotServedEvenThoughTheDefaultServletTakesEverything() {
    assertFalse(paths.serves(portal, "/simulator/control"));
    assertFalse(paths.serves(portal, "/simulator/login/common/oauth2/v2.0/token"));
    assertFalse(paths.serves(portal, "/tenancy/missing.xhtml"), "an absent page");
    assertFalse(paths.serves(portal, "/apix"), "a prefix mapping matches whole segments only");
    assertFalse(paths.serves(portal, "/consent/callback/more"));
  }

  private static ServletContext context(Set<String> files, Map<String, List<String>> mappings) {
    Map<String, ServletRegistration> servlets = new java.util.HashMap<>();
    mappings.forEach((name, patterns) -> servlets.put(name, registration(patterns)));
    return (ServletContext)
        Proxy.newProxyInstance(
            ServedPathsTest.class.getClassLoader(),
            new Class<?>[] {ServletContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getResource" ->
                      files.contains((String) args[0]) ? new URL("file:/war" + args[0]) : null;
                  case "getServletRegistrations" -> servlets;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static ServletRegistration registration(List<String> patterns) {
    return (ServletRegistration)
        Proxy.newProxyInstance(
            ServedPathsTest.class.getClassLoader(),
            new Class<?>[] {ServletRegistration.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getMappings")) {
                return patterns;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
