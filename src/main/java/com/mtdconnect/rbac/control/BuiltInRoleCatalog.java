package com.mtdconnect.rbac.control;

import com.mtdconnect.platform.control.DatabaseMigration;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.rbac.entity.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Keeps the stored built-in roles equal to {@link BuiltInRole} at every start: the migration
 * creates their rows, the code owns their permissions. This is how a database of an earlier version
 * gets the current built-in permissions; custom roles and assignments are left alone.
 */
@ApplicationScoped
public class BuiltInRoleCatalog {
  /** Runs after the migration and before anything assigns roles. */
  public static final int PRIORITY = DatabaseMigration.PRIORITY + 5;

  private static final Logger LOG = Logger.getLogger(BuiltInRoleCatalog.class.getName());

  @PersistenceContext EntityManager em;

  /** Public so that the upgrade test can run it again on a database it aged on purpose. */
  @Transactional
  public void synchronize(@Observes @Priority(PRIORITY) Startup startup) {
    for (BuiltInRole builtIn : BuiltInRole.values()) {
      Role role =
          em.createNamedQuery(Role.BY_BUILT_IN, Role.class)
              .setParameter("builtIn", builtIn)
              .getSingleResult();
      if (role.matchBuiltInDefinition()) {
        LOG.info(() -> "Built-in role " + builtIn.getDisplayName() + " set to its permissions");
      }
    }
  }
}
