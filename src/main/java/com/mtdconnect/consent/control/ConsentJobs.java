package com.mtdconnect.consent.control;

import com.mtdconnect.platform.control.DatabaseMigration;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Checks the consent settings and the link signing key at start, so a bad value stops the portal
 * with the setting's name in the log instead of failing later on a customer's page. The consent
 * jobs themselves (due verifications, the drift check of each tenant) run on the polling engine's
 * scheduler, which calls {@link ConsentRounds}.
 */
@ApplicationScoped
public class ConsentJobs {
  private static final Logger LOG = Logger.getLogger(ConsentJobs.class.getName());

  /** Where in the start-up this check runs: after the migrations, before the polling engine. */
  public static final int PRIORITY = DatabaseMigration.PRIORITY + 30;

  @Inject ConsentSettings settings;
  @Inject LinkSigning signing;

  void start(@Observes @Priority(PRIORITY) Startup startup) {
    settings.requireValid();
    signing.tokens();
    LOG.info(() -> "Consent settings valid: drift check every " + settings.driftInterval());
  }
}
