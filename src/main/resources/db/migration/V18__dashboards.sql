-- Dashboards: one row per tenant with what the fleet page shows, as a view over what the registry, health and
-- polling store (no copy to keep in step), and the daily install coverage the fleet's chart draws.

-- Each tenant's platforms joined separately (not grouped), so MariaDB merges the view into the query and
-- uses the primary keys: every join is by tenant id.
CREATE OR REPLACE VIEW fleet_row AS
SELECT t.id                                                        AS tenant_id,
       t.display_name                                              AS display_name,
       t.scope_tags                                                AS scope_tags,
       t.lifecycle                                                 AS lifecycle,
       t.consent_fact                                              AS consent_fact,
       t.onboarding_stage                                          AS onboarding_stage,
       t.needs_attention                                           AS needs_attention,
       COALESCE(h.state, 'NOT_POLLED')                             AS health_state,
       h.score                                                     AS health_score,
       CASE WHEN h.alerted_state IN ('DEGRADED', 'FAILING') THEN 1 ELSE 0 END AS open_alerts,
       COALESCE(si.devices_in_scope, 0) + COALESCE(sa.devices_in_scope, 0)       AS devices,
       COALESCE(si.app_installed, 0) + COALESCE(sa.app_installed, 0)             AS installed,
       COALESCE(si.connector_reporting, 0) + COALESCE(sa.connector_reporting, 0) AS protected_devices,
       COALESCE(si.devices_in_scope, 0)                            AS ios_devices,
       COALESCE(sa.devices_in_scope, 0)                            AS android_devices,
       CASE WHEN COALESCE(si.devices_in_scope, 0) + COALESCE(sa.devices_in_scope, 0) = 0 THEN NULL
            ELSE FLOOR(100 * (COALESCE(si.app_installed, 0) + COALESCE(sa.app_installed, 0))
                       / (COALESCE(si.devices_in_scope, 0) + COALESCE(sa.devices_in_scope, 0))) END AS coverage,
       p.last_success_at                                           AS last_sync,
       CASE WHEN c.tenant_id IS NOT NULL AND c.responsive = FALSE THEN 1 ELSE 0 END AS connector_unresponsive
FROM tenant t
LEFT JOIN tenant_health h ON h.tenant_id = t.id
LEFT JOIN inventory_summary si ON si.tenant_id = t.id AND si.platform = 'IOS'
LEFT JOIN inventory_summary sa ON sa.tenant_id = t.id AND sa.platform = 'ANDROID'
LEFT JOIN tenant_poll_state p ON p.tenant_id = t.id
LEFT JOIN inventory_connector c ON c.tenant_id = t.id
WHERE t.archived_at IS NULL;

-- The fleet table sorts by these; the counters group by them.
ALTER TABLE tenant ADD INDEX ix_tenant_fleet_lifecycle (archived_at, lifecycle);
ALTER TABLE tenant ADD INDEX ix_tenant_fleet_name (archived_at, display_name);
ALTER TABLE tenant_health ADD INDEX ix_tenant_health_state (state, score);

-- Install coverage per tenant and day, as the day's last round stored it (the fleet chart sums the scope's days).
CREATE TABLE coverage_day (
  tenant_id         BIGINT  NOT NULL,
  day               DATE    NOT NULL,
  devices_in_scope  INT     NOT NULL,
  app_installed     INT     NOT NULL,
  PRIMARY KEY (tenant_id, day),
  INDEX ix_coverage_day_day (day, tenant_id),
  CONSTRAINT fk_coverage_day_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
