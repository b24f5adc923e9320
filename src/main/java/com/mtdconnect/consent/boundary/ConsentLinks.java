package com.mtdconnect.consent.boundary;

import com.mtdconnect.audit.control.AuditTrail;
import com.mtdconnect.audit.entity.Actor;
import com.mtdconnect.audit.entity.AuditEntry;
import com.mtdconnect.consent.control.ConsentFacts;
import com.mtdconnect.consent.control.ConsentLinkMails;
import com.mtdconnect.consent.control.ConsentRecorder;
import com.mtdconnect.consent.control.ConsentSettings;
import com.mtdconnect.consent.control.LinkSigning;
import com.mtdconnect.consent.control.MailNotDelivered;
import com.mtdconnect.consent.entity.ConsentIncident;
import com.mtdconnect.consent.entity.ConsentLink;
import com.mtdconnect.consent.entity.ConsentOverview;
import com.mtdconnect.consent.entity.Feature;
import com.mtdconnect.consent.entity.LinkNotSendable;
import com.mtdconnect.consent.entity.LinkPurpose;
import com.mtdconnect.consent.entity.NothingToReconsent;
import com.mtdconnect.consent.entity.RequiredPermission;
import com.mtdconnect.consent.entity.TenantConsent;
import com.mtdconnect.identity.boundary.CurrentStaff;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.boundary.StaffAccess;
import com.mtdconnect.rbac.boundary.TenantId;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantArchived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The operator's consent use cases on a tenant: see where consent stands, create a link (which
 * replaces the older ones), send it to the customer's contact, and send a re-consent link for
 * exactly what is missing. Tenant scope and permissions are checked here, on the server. A mail the
 * server refused ({@link MailNotDelivered}) does not roll back: the Failed outbox entry and a new
 * re-consent link stay, the link is not marked sent, and the attempt is audited. An archived tenant
 * gets no link ({@link TenantArchived}). Every change is reported to the tenant ({@link
 * ConsentFacts}), whose lifecycle follows from it.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = MailNotDelivered.class)
public class ConsentLinks {
  private static final Logger LOG = Logger.getLogger(ConsentLinks.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CurrentStaff currentStaff;
  @Inject StaffAccess access;
  @Inject ConsentSettings settings;
  @Inject LinkSigning signing;
  @Inject ConsentRecorder recorder;
  @Inject ConsentLinkMails mails;
  @Inject ConsentFacts facts;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Requires(Permission.CONSENT_READ)
  public ConsentOverview overview(@TenantId long tenantId) {
    TenantConsent status =
        Optional.ofNullable(em.find(TenantConsent.class, tenantId))
            .orElseGet(() -> new TenantConsent(tenantId, now()));
    List<ConsentLink> links =
        em.createNamedQuery(ConsentLink.OF_TENANT, ConsentLink.class)
            .setParameter("tenantId", tenantId)
            .setMaxResults(20)
            .getResultList();
    LocalDateTime now = now();
    String current =
        links.stream().filter(l -> l.isUsableAt(now)).findFirst().map(this::urlOf).orElse(null);
    List<ConsentIncident> incidents =
        em.createNamedQuery(ConsentIncident.OF_TENANT, ConsentIncident.class)
            .setParameter("tenantId", tenantId)
            .setMaxResults(10)
            .getResultList();
    return new ConsentOverview(status, links, current, incidents);
  }

  /** The permission catalog: what the integration needs, by feature. */
  @Requires(Permission.CONSENT_READ)
  public List<Feature> catalog() {
    return List.of(Feature.values());
  }

  /** A new consent link for every permission; older links stop working. */
  @Requires(Permission.CONSENT_CREATE)
  public ConsentLink createLink(@TenantId long tenantId) {
    SignedInStaff staff = scoped(tenantId).staff();
    ConsentLink link = issue(tenantId, LinkPurpose.CONSENT, List.of(), staff.username());
    Map<String, Object> after = new LinkedHashMap<>(link.auditSnapshot());
    facts.publish(tenantId, staff.username()).ifPresent(move -> after.put("lifecycle", move));
    record(staff, "CONSENT_LINK_CREATED", link, Map.of(), after);
    return link;
  }

  /** Mails the tenant's current link to its contact; a usable link may be sent again. */
  @Requires(Permission.CONSENT_CREATE)
  public ConsentLink sendLink(@TenantId long tenantId, long linkId) {
    Scoped scoped = scoped(tenantId);
    ConsentLink link = em.find(ConsentLink.class, linkId);
    if (link == null || link.getTenantId() != tenantId || !link.isUsableAt(now())) {
      throw new LinkNotSendable();
    }
    Map<String, Object> before = link.auditSnapshot();
    Map<String, Object> after;
    try {
      after = send(scoped, link);
    } catch (MailNotDelivered e) {
      record(scoped.staff(), "CONSENT_LINK_NOT_DELIVERED", link, before, notDelivered(link, e));
      throw e;
    }
    record(scoped.staff(), "CONSENT_LINK_SENT", link, before, after);
    return link;
  }

  /**
   * One click: a link asking again for exactly the permissions found missing, mailed to the
   * tenant's contact at once.
   */
  @Requires(Permission.CONSENT_CREATE)
  public ConsentLink sendReconsentLink(@TenantId long tenantId) {
    Scoped scoped = scoped(tenantId);
    TenantConsent status = em.find(TenantConsent.class, tenantId);
    if (status == null || !status.getStatus().needsReconsent()) {
      throw new NothingToReconsent();
    }
    List<String> missing =
        status.getMissing().stream().map(RequiredPermission::getPermissionName).toList();
    ConsentLink link = issue(tenantId, LinkPurpose.RECONSENT, missing, scoped.staff().username());
    Map<String, Object> after;
    try {
      after = send(scoped, link);
    } catch (MailNotDelivered e) {
      record(
          scoped.staff(), "CONSENT_RECONSENT_LINK_CREATED", link, Map.of(), notDelivered(link, e));
      throw e;
    }
    record(scoped.staff(), "CONSENT_RECONSENT_LINK_SENT", link, Map.of(), after);
    return link;
  }

  /** The address a customer opens, for a link of a tenant the caller may read. */
  @Requires(Permission.CONSENT_READ)
  public String urlOf(ConsentLink link) {
    ZonedDateTime expires = link.getExpiresAt().atZone(ZoneOffset.UTC);
    return settings.portalUrl()
        + "/consent/customer/approve.xhtml?link="
        + signing.tokens().issue(link.getId(), expires.toInstant());
  }

  private ConsentLink issue(long tenantId, LinkPurpose purpose, List<String> requested, String by) {
    LocalDateTime now = now();
    em.createNamedQuery(ConsentLink.USABLE_OF_TENANT, ConsentLink.class)
        .setParameter("tenantId", tenantId)
        .getResultList()
        .forEach(old -> old.supersede(now));
    LocalDateTime expires =
        now.plus(settings.linkLifetime()).withNano(0); // the token carries whole seconds
    ConsentLink link = new ConsentLink(tenantId, purpose, requested, now, expires, by);
    em.persist(link);
    em.flush();
    recorder.statusOf(tenantId);
    return link;
  }

  private Map<String, Object> send(Scoped scoped, ConsentLink link) {
    Tenant tenant = scoped.tenant();
    mails.send(link, urlOf(link), tenant, scoped.staff().username());
    LocalDateTime now = now();
    link.sent(tenant.getContactEmail(), scoped.staff().username(), now);
    Map<String, Object> after = new LinkedHashMap<>(link.auditSnapshot());
    after.put("sentAt", now.toString());
    facts
        .publish(tenant.getId(), scoped.staff().username())
        .ifPresent(move -> after.put("lifecycle", move));
    LOG.info(
        () ->
            scoped.staff().username()
                + " sent consent link "
                + link.getId()
                + " of tenant "
                + tenant.getId());
    return after;
  }

  private static Map<String, Object> notDelivered(ConsentLink link, MailNotDelivered e) {
    Map<String, Object> after = new LinkedHashMap<>(link.auditSnapshot());
    after.put("mail", "not delivered: " + e.reason());
    return after;
  }

  private record Scoped(Tenant tenant, SignedInStaff staff) {}

  /** The tenant and caller of a use case the permission guard has let through for it. */
  private Scoped scoped(long tenantId) {
    Tenant tenant = em.find(Tenant.class, tenantId);
    if (tenant.isArchived()) {
      throw new TenantArchived(tenant.getDisplayName());
    }
    return new Scoped(tenant, access.requireSignedIn());
  }

  private void record(
      SignedInStaff staff,
      String action,
      ConsentLink link,
      Map<String, Object> before,
      Map<String, Object> after) {
    audit.record(
        new Actor(staff.username(), currentStaff.clientAddress()),
        new AuditEntry(
            action,
            link.getTenantId(),
            "ConsentLink",
            String.valueOf(link.getId()),
            before,
            after));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
