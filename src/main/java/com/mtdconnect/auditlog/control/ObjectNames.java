package com.mtdconnect.auditlog.control;

import com.mtdconnect.audit.entity.AuditEvent;
import com.mtdconnect.auditlog.entity.AuditObject;
import com.mtdconnect.identity.entity.StaffAccount;
import com.mtdconnect.onboarding.entity.OnboardingProfile;
import com.mtdconnect.onboarding.entity.ProfileRun;
import com.mtdconnect.policies.entity.PolicyTemplate;
import com.mtdconnect.policies.entity.PublishRun;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.Role;
import com.mtdconnect.rbac.entity.RoleAssignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names the objects of a page (or an export) of audit events: for each kind of named object on the
 * page one query over its ids (roles, assignments, policy templates, onboarding profiles, profile
 * and publishing runs, staff members), never one per row. Objects about a tenant (the tenant, its
 * consent, onboarding, health, polling) take the tenant's name, which the caller resolves within
 * the reader's scope; permissions are named from the catalogue. An object that is gone keeps its
 * id.
 */
@ApplicationScoped
public class ObjectNames {
  /** The most ids one query names (an export names up to {@link AuditSearch#MAX_ROWS} rows). */
  private static final int IDS_PER_QUERY = 1_000;

  /** Object types whose id is the id of the tenant they belong to. */
  private static final Set<String> OF_A_TENANT =
      Set.of(
          "Tenant", "TenantHealth", "TenantPolling", "Consent", "Onboarding", "ProvisioningIntent");

  /** Object types with a name, and where it is kept. */
  private static final Map<String, Source> SOURCES =
      Map.of(
          "Role", new Source(Role.class, "id", "name"),
          "RoleAssignment", new Source(RoleAssignment.class, "id", "name"),
          "PolicyTemplate", new Source(PolicyTemplate.class, "id", "name"),
          "OnboardingProfile", new Source(OnboardingProfile.class, "id", "name"),
          "ProfileRun", new Source(ProfileRun.class, "id", "profileName"),
          "PolicyPublishRun", new Source(PublishRun.class, "id", "templateName"),
          "StaffSession", new Source(StaffAccount.class, "username", "displayName"),
          "Staff", new Source(StaffAccount.class, "username", "displayName"));

  @PersistenceContext EntityManager em;

  /**
   * The tenants these events name, as their tenant or as their object (a tenant's consent, say):
   * the ids whose names the caller looks up within the reader's scope.
   */
  public static Set<Long> tenantIdsOf(Collection<AuditEvent> events) {
    Set<Long> ids = new LinkedHashSet<>();
    for (AuditEvent event : events) {
      if (event.getTenantId() != null) {
        ids.add(event.getTenantId());
      }
      objectTenantId(event).ifPresent(ids::add);
    }
    return ids;
  }

  /** Each event's object in words, in the events' order. */
  public List<AuditObject> of(List<AuditEvent> events, Map<Long, String> tenantNames) {
    Map<String, Map<String, String>> named = namesByType(events);
    return events.stream()
        .map(
            e -> {
              String name =
                  OF_A_TENANT.contains(e.getObjectType())
                      ? objectTenantId(e).map(tenantNames::get).orElse(null)
                      : named.getOrDefault(e.getObjectType(), Map.of()).get(e.getObjectId());
              return AuditObject.of(e.getObjectType(), e.getObjectId(), name);
            })
        .toList();
  }

  /** One query per kind of named object on the page; permissions from their catalogue. */
  private Map<String, Map<String, String>> namesByType(List<AuditEvent> events) {
    Map<String, Set<String>> idsByType =
        events.stream()
            .filter(e -> e.getObjectType() != null && e.getObjectId() != null)
            .collect(
                Collectors.groupingBy(
                    AuditEvent::getObjectType,
                    Collectors.mapping(AuditEvent::getObjectId, Collectors.toSet())));
    Map<String, Map<String, String>> names = new HashMap<>();
    idsByType.forEach(
        (type, ids) -> {
          if ("Permission".equals(type)) {
            names.put(type, permissionNames(ids));
          } else if (SOURCES.containsKey(type)) {
            names.put(type, query(SOURCES.get(type), ids));
          }
        });
    return names;
  }

  private Map<String, String> query(Source source, Set<String> ids) {
    boolean byUsername = source.entity() == StaffAccount.class;
    List<Object> keys =
        ids.stream()
            .map(id -> byUsername ? id : numeric(id).orElse(null))
            .filter(Objects::nonNull)
            .map(Object.class::cast)
            .distinct()
            .toList();
    Map<String, String> names = new HashMap<>();
    for (int start = 0; start < keys.size(); start += IDS_PER_QUERY) {
      List<Object> chunk = keys.subList(start, Math.min(keys.size(), start + IDS_PER_QUERY));
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Object[]> select = cb.createQuery(Object[].class);
      Root<?> root = select.from(source.entity());
      select
          .multiselect(root.get(source.key()), root.get(source.name()))
          .where(root.get(source.key()).in(chunk));
      for (Object[] row : em.createQuery(select).getResultList()) {
        String key = String.valueOf(row[0]);
        String name = (String) row[1];
        names.put(key, byUsername && !key.equals(name) ? name + " (" + key + ")" : name);
      }
    }
    return names;
  }

  private static Map<String, String> permissionNames(Set<String> codes) {
    Set<String> known =
        Arrays.stream(Permission.values()).map(Permission::name).collect(Collectors.toSet());
    return codes.stream()
        .filter(known::contains)
        .collect(Collectors.toMap(c -> c, c -> Permission.valueOf(c).describe()));
  }

  private static Optional<Long> objectTenantId(AuditEvent event) {
    return OF_A_TENANT.contains(event.getObjectType())
        ? numeric(event.getObjectId())
        : Optional.empty();
  }

  private static Optional<Long> numeric(String id) {
    return id != null && id.matches("\\d{1,18}") ? Optional.of(Long.valueOf(id)) : Optional.empty();
  }

  private record Source(Class<?> entity, String key, String name) {}
}
