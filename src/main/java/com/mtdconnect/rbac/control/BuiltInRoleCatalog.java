package com.mtdconnect.rbac.control;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.platform.control.DatabaseMigration;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.rbac.entity.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Keeps the stored built-in roles equal to {@link BuiltInRole} at every start: the migration
 * creates their rows, the code owns their permissions. This is how a database of an earlier version
 * gets the current built-in permissions; custom roles and assignments are left alone. A role whose
 * stored permissions it actually changes is recorded in the audit log ({@code ROLE_UPDATED} by
 * {@value #ACTOR_NAME}) in the same transaction; a start that changes nothing records nothing.
 */
@ApplicationScoped
public class BuiltInRoleCatalog {
  /** Runs after the migration and before anything assigns roles. */
  public static final int PRIORITY = DatabaseMigration.PRIORITY + 5;

  /** Who the audit log names for the synchronisation. */
  public static final String ACTOR_NAME = "system:built-in-roles";

  private static final Actor ACTOR = Actor.system("built-in-roles");

  private static final Logger LOG = Logger.getLogger(BuiltInRoleCatalog.class.getName());

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  /** Public so that the upgrade test can run it again on a database it aged on purpose. */
  @Transactional
  public void synchronize(@Observes @Priority(PRIORITY) Startup startup) {
    for (BuiltInRole builtIn : BuiltInRole.values()) {
      Role role =
          em.createNamedQuery(Role.BY_BUILT_IN, Role.class)
              .setParameter("builtIn", builtIn)
              .getSingleResult();
      Map<String, Object> before = role.auditSnapshot();
      if (role.matchBuiltInDefinition()) {
        audit.record(
            ACTOR,
            new AuditEntry(
                "ROLE_UPDATED",
                null,
                "Role",
                String.valueOf(role.getId()),
                before,
                role.auditSnapshot()));
        LOG.info(() -> "Built-in role " + builtIn.getDisplayName() + " set to its definition");
      }
    }
  }
}
