package com.mtdconnect.provisioning.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.provisioning.entity.AppCatalogue;
import com.mtdconnect.provisioning.entity.CatalogueDraft;
import com.mtdconnect.provisioning.entity.ProvisioningRefused;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.entity.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The MSP's app catalogue: read by everyone who may read onboarding, changed by holders of the
 * portal-wide {@link Permission#CATALOGUE_UPDATE}, every change audited in its transaction.
 */
@ApplicationScoped
@Transactional
public class AppCatalogueAdministration {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject CurrentStaff currentStaff;
  @Inject StaffAccess access;
  @Inject Clock clock;

  /** The catalogue, empty until an MSP administrator saved it once. */
  @Requires(Permission.ONBOARDING_READ)
  public Optional<AppCatalogue> current() {
    return Optional.ofNullable(em.find(AppCatalogue.class, AppCatalogue.THE_ONE));
  }

  /**
   * Saves the catalogue if nobody saved it since the page loaded {@code version} ({@code -1}: the
   * page found none).
   */
  @Requires(Permission.CATALOGUE_UPDATE)
  public AppCatalogue save(long version, @NotNull @Valid CatalogueDraft draft) {
    SignedInStaff staff = access.requireSignedIn();
    LocalDateTime now = LocalDateTime.now(clock);
    AppCatalogue catalogue = em.find(AppCatalogue.class, AppCatalogue.THE_ONE);
    Map<String, Object> before = Map.of();
    if (catalogue == null) {
      if (version != -1) {
        throw changedConcurrently();
      }
      catalogue = new AppCatalogue(draft, staff.username(), now);
      em.persist(catalogue);
    } else {
      if (catalogue.getVersion() != version) {
        throw changedConcurrently();
      }
      before = catalogue.auditSnapshot();
      catalogue.change(draft, staff.username(), now);
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw changedConcurrently();
    }
    audit.record(
        new Actor(staff.username(), currentStaff.clientAddress()),
        new AuditEntry(
            "CATALOGUE_UPDATED", null, "AppCatalogue", "1", before, catalogue.auditSnapshot()));
    return catalogue;
  }

  private static ProvisioningRefused changedConcurrently() {
    return new ProvisioningRefused(
        "Someone saved the catalogue after you opened it: reload the page to see their version.");
  }
}
