package com.mtdconnect.connection.boundary;

import com.mtdconnect.connection.entity.ConnectionReport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;

/** The "Microsoft connection" panel of the tenant page: checks on request and shows the report. */
@Named
@ViewScoped
public class ConnectionCheck implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantConnection connection;

  private ConnectionReport report;

  public void check(long tenantId) {
    report = connection.check(tenantId);
  }

  public ConnectionReport getReport() {
    return report;
  }
}
