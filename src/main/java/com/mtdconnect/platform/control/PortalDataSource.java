package com.mtdconnect.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/**
 * The portal's one connection pool to MariaDB. URL and credentials come from MicroProfile Config
 * ({@code db.url}, {@code db.user}, {@code db.password}), so the same WAR runs against the embedded
 * demo database, the CI server and production.
 */
@DataSourceDefinition(
    name = PortalDataSource.JNDI_NAME,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = 40,
    maxIdleTime = 300,
    // read committed: no gap locks, so concurrent tenant rounds writing their own rows of the same
    // tables do not deadlock; consistency rests on optimistic versions and the poll fence instead
    isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=10000"
    })
@ApplicationScoped
public class PortalDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/portal";
}
