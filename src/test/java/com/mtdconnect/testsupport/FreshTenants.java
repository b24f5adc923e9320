package com.mtdconnect.testsupport;

import com.mtdconnect.platform.control.PortalDataSource;
import com.mtdconnect.simulator.control.directory.TenantGenerator;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Tenants the tests may register: registration asks Microsoft (the demo artifact's simulator) to
 * confirm each tenant, so a test registers a simulated tenant the portal's database holds no record
 * of yet. The in-container tests' simulator has {@link #SIMULATED} tenants (seed 42, set in {@code
 * arquillian.xml}); tenants from {@link #FIRST} on are unnamed, so their domains and ids are the
 * same whatever the demo's customer names are.
 */
public final class FreshTenants {
  /** {@code simulator.tenants} of the test deployments. */
  public static final int SIMULATED = 1100;

  static final int FIRST = 100;
  private static final TenantGenerator GENERATOR = new TenantGenerator(42);
  private static final AtomicInteger CURSOR = new AtomicInteger(FIRST);

  private FreshTenants() {}

  /** Inside the server: a simulated tenant not registered yet. */
  public static SimulatedTenant next() {
    try (Connection db =
        ((DataSource) new InitialContext().lookup(PortalDataSource.JNDI_NAME)).getConnection()) {
      return next(db);
    } catch (NamingException | SQLException e) {
      throw new IllegalStateException("cannot read the portal's database", e);
    }
  }

  /** A simulated tenant the database behind {@code db} holds no record of. */
  public static SimulatedTenant next(Connection db) throws SQLException {
    try (PreparedStatement known =
        db.prepareStatement("select 1 from tenant where directory_id = ? or domain = ?")) {
      while (true) {
        int index = CURSOR.getAndIncrement();
        if (index >= SIMULATED) {
          throw new IllegalStateException("the simulator's " + SIMULATED + " tenants are used up");
        }
        SimulatedTenant tenant = GENERATOR.tenant(index);
        known.setString(1, tenant.id());
        known.setString(2, tenant.domain());
        try (ResultSet rows = known.executeQuery()) {
          if (!rows.next()) {
            return tenant;
          }
        }
      }
    }
  }

  /** Inside the server: the primary domain of a simulated tenant not registered yet. */
  public static String domain() {
    return next().domain();
  }
}
