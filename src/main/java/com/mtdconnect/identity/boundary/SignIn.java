package com.mtdconnect.identity.boundary;

import com.mtdconnect.platform.boundary.Home;
import com.mtdconnect.platform.boundary.LocalRedirect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** The sign-in page: username and password, then back to the page the staff member asked for. */
@Named
@RequestScoped
public class SignIn {

  @Inject SecurityContext securityContext;
  @Inject FacesContext faces;
  @Inject Home home;

  @NotBlank(message = "Enter your username.")
  private String username;

  @NotBlank(message = "Enter your password.")
  private String password;

  /** Where to go after signing in: a path inside the portal. */
  private String continueTo;

  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      String target = LocalRedirect.safeLocalPath(continueTo);
      external.redirect(
          external.getRequestContextPath()
              + (target.equals(LocalRedirect.HOME) ? home.path() : target));
      faces.responseComplete();
    } else if (status != AuthenticationStatus.SEND_CONTINUE) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              "The username or password is not right.",
              "Check both and try again. Accounts are managed by your MSP administrator."));
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }
}
