package com.mtdconnect.rbac.control;

import com.mtdconnect.rbac.entity.TenantScope;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.Locale;

/**
 * The one Criteria predicate that limits queries to the tenants of an RBAC scope, on a tenant's
 * canonical comma-separated scope tags. Every query over tenants, or over data of tenants, uses it.
 */
public final class ScopePredicates {
  private ScopePredicates() {}

  /** Tenants whose tags are within the scope: no restriction for all tenants, none for no tags. */
  public static Predicate within(
      CriteriaBuilder cb, Expression<String> tenantScopeTags, TenantScope scope) {
    if (scope.allTenants()) {
      return cb.conjunction();
    }
    if (scope.tags().isEmpty()) {
      return cb.disjunction();
    }
    return cb.or(
        scope.tags().stream()
            .map(t -> carriesTag(cb, tenantScopeTags, escaped(t)))
            .toArray(Predicate[]::new));
  }

  /** Whether the canonical tag list holds this whole tag (LIKE-escaped with !, lower case). */
  public static Predicate carriesTag(
      CriteriaBuilder cb, Expression<String> tenantScopeTags, String escapedTag) {
    return cb.like(
        cb.lower(cb.concat(cb.concat(",", tenantScopeTags), ",")), "%," + escapedTag + ",%", '!');
  }

  /** Lower case, with the LIKE wildcards and the escape character escaped by {@code !}. */
  public static String escaped(String text) {
    return text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
