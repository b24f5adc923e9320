package com.mtdconnect.identity.boundary;

import com.mtdconnect.identity.entity.SignInProblem;
import com.mtdconnect.platform.boundary.LocalRedirect;
import com.mtdconnect.platform.control.StaffSignInSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The sign-in landing page: "Sign in with Microsoft" (back to the page asked for afterwards), why
 * the last sign-in did not happen, and which setting sign-in still lacks.
 */
@Named
@RequestScoped
public class SignIn {

  @Inject StaffSignInSettings signIn;
  @Inject ExternalContext external;

  /** Where to go after signing in: a path inside the portal. */
  private String continueTo;

  private String problem;

  /** The address of the button: starts the sign-in at the provider. */
  public String getStartUrl() {
    String start = external.getRequestContextPath() + StaffSignInMechanism.START_PATH;
    String target = LocalRedirect.safeLocalPath(continueTo);
    return target.equals(LocalRedirect.HOME)
        ? start
        : start + "?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
  }

  /** Why the last sign-in did not happen, if it did not. */
  public SignInProblem getProblem() {
    return SignInProblem.ofCode(problem).orElse(null);
  }

  /** The configuration key production sign-in still lacks, if any. */
  public String getMissingConfiguration() {
    Optional<String> missing = signIn.missing();
    return missing.orElse(null);
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }

  public String getProblemCode() {
    return problem;
  }

  public void setProblemCode(String problem) {
    this.problem = problem;
  }
}
