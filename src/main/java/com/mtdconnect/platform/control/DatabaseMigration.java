package com.mtdconnect.platform.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. Runs first among the
 * start-up observers; a failed migration stops the deployment rather than running on a
 * half-migrated schema.
 */
@ApplicationScoped
public class DatabaseMigration {

  /** Start-up observers that need the schema run after this priority. */
  public static final int PRIORITY = 100;

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = PortalDataSource.JNDI_NAME)
  DataSource dataSource;

  void migrate(@Observes @Priority(PRIORITY) Startup startup) {
    var result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
