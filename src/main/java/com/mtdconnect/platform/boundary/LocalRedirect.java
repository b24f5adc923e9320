package com.mtdconnect.platform.boundary;

/** Keeps redirects after sign-in inside the portal (no open redirect to another site). */
public final class LocalRedirect {
  /**
   * Where staff land when no (valid) target was given: the portal's address, whose page sends each
   * staff member on to the landing page their permissions call for.
   */
  public static final String HOME = "/";

  private LocalRedirect() {}

  /** The path itself if it is a path inside this portal, else the home page. */
  public static String safeLocalPath(String path) {
    if (path == null
        || !path.startsWith("/")
        || path.startsWith("//")
        || path.contains("\\")
        || path.contains("\r")
        || path.contains("\n")
        || path.startsWith("/signin.xhtml")) {
      return HOME;
    }
    return path;
  }
}
