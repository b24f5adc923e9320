package com.mtdconnect.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.net.MalformedURLException;

/**
 * Whether a path inside the portal names something the portal serves: a page or file of the WAR, or
 * a path one of its servlets is mapped to (the container's default servlet aside). Anonymous
 * callers of anything else get the 404 they would get once signed in, instead of a trip to the
 * sign-in page for a page that does not exist.
 */
@ApplicationScoped
public class ServedPaths {

  private static final String DEFAULT_SERVLET = "/";

  public boolean serves(ServletContext context, String path) {
    if (path.isEmpty() || path.equals("/") || exists(context, path)) {
      return true;
    }
    for (ServletRegistration servlet : context.getServletRegistrations().values()) {
      for (String mapping : servlet.getMappings()) {
        if (matches(mapping, path)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matches(String mapping, String path) {
    if (mapping.equals(DEFAULT_SERVLET)) {
      return false;
    }
    if (mapping.endsWith("/*")) {
      String prefix = mapping.substring(0, mapping.length() - 2);
      return path.equals(prefix) || path.startsWith(prefix + "/");
    }
    if (mapping.startsWith("*.")) {
      return false; // an extension mapping (Faces) serves only pages that exist: checked above
    }
    return mapping.equals(path);
  }

  private static boolean exists(ServletContext context, String path) {
    try {
      return context.getResource(path) != null;
    } catch (MalformedURLException e) {
      return false;
    }
  }
}
