package com.mtdconnect.identity.boundary;

import com.mtdconnect.identity.control.DemoStaffAccounts;
import com.mtdconnect.identity.control.DemoStaffAccounts.DemoStaffAccount;
import com.mtdconnect.platform.control.PortalSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * What the sign-in page shows around the form: the signed-out notice and, in demo mode, the demo
 * accounts.
 */
@Named
@RequestScoped
public class SignInPage {

  @Inject PortalSettings settings;

  private boolean signedOut;

  public boolean isDemo() {
    return settings.isDemo();
  }

  public List<DemoStaffAccount> getDemoAccounts() {
    return settings.isDemo() ? DemoStaffAccounts.ACCOUNTS : List.of();
  }

  public boolean isSignedOut() {
    return signedOut;
  }

  public void setSignedOut(boolean signedOut) {
    this.signedOut = signedOut;
  }
}
