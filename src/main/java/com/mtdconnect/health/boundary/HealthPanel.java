package com.mtdconnect.health.boundary;

import com.mtdconnect.health.entity.AlertDelivery;
import com.mtdconnect.health.entity.HealthTransition;
import com.mtdconnect.health.entity.TenantHealth;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/**
 * The "Health" panel of the tenant page (an include, so tenancy never names health): score, state,
 * reasons with their next action, and the tenant's alert history.
 */
@Named
@ViewScoped
public class HealthPanel implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int HISTORY = 20;

  @Inject TenantHealthBoard board;

  private long tenantId;
  private TenantHealth health;
  private List<HealthTransition> transitions;
  private List<AlertDelivery> alerts;

  /** The tenant's health, read once per view and after every action or poll. */
  public TenantHealth healthOf(long tenant) {
    if (health == null || tenantId != tenant) {
      tenantId = tenant;
      read();
    }
    return health;
  }

  public List<HealthTransition> getTransitions() {
    return transitions;
  }

  public List<AlertDelivery> getAlerts() {
    return alerts;
  }

  /** Reads again (the panel's poll). */
  public void refresh() {
    if (health != null) {
      read();
    }
  }

  public void recompute() {
    board.recompute(tenantId);
    read();
    Messages.addGlobalInfo(
        "Health recomputed: "
            + health.getState().getLabel()
            + (health.getScore() == null ? "." : ", score " + health.getScore() + "."));
  }

  private void read() {
    health = board.health(tenantId);
    transitions = board.transitions(tenantId, HISTORY);
    alerts = board.alerts(tenantId, HISTORY);
  }
}
