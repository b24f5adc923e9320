package com.mtdconnect.rbac.control;

import com.mtdconnect.rbac.entity.TenantScope;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import java.util.Locale;

/**
 * The one Criteria predicate that limits queries to the tenants of an RBAC scope, on a tenant's
 * canonical comma-separated scope tags. Every query over tenants, or over data of tenants, uses it.
 */
public final class ScopePredicates {
  /** The tenant attribute that holds its canonical scope tags. */
  private static final String SCOPE_TAGS = "scopeTags";

  private ScopePredicates() {}

  /**
   * Tenants whose tags are within the scope: no restriction for all tenants, none for no tags.
   * Built from LIKEs on the lower-cased tag column only: EclipseLink fails ("Invalid query key") on
   * an OR of several predicates that concatenate literals to the column.
   */
  public static Predicate within(CriteriaBuilder cb, From<?, ?> tenant, TenantScope scope) {
    return within(cb, tenant, SCOPE_TAGS, scope);
  }

  /**
   * Like {@link #within(CriteriaBuilder, From, TenantScope)} on another attribute holding canonical
   * comma-separated tags (for example an audit event's role scope tags).
   */
  public static Predicate within(
      CriteriaBuilder cb, From<?, ?> from, String tagsAttribute, TenantScope scope) {
    if (scope.allTenants()) {
      return cb.conjunction();
    }
    if (scope.tags().isEmpty()) {
      return cb.disjunction();
    }
    return cb.or(
        scope.tags().stream()
            .map(t -> carriesTag(cb, from, tagsAttribute, escaped(t)))
            .toArray(Predicate[]::new));
  }

  /**
   * Whether the canonical tag list ("EMEA,Gold": no spaces around commas) holds this whole tag
   * (LIKE-escaped with !, lower case): alone, first, last or in between.
   */
  public static Predicate carriesTag(CriteriaBuilder cb, From<?, ?> tenant, String escapedTag) {
    return carriesTag(cb, tenant, SCOPE_TAGS, escapedTag);
  }

  private static Predicate carriesTag(
      CriteriaBuilder cb, From<?, ?> from, String tagsAttribute, String escapedTag) {
    return cb.or(
        cb.like(lowerTags(cb, from, tagsAttribute), escapedTag, '!'),
        cb.like(lowerTags(cb, from, tagsAttribute), escapedTag + ",%", '!'),
        cb.like(lowerTags(cb, from, tagsAttribute), "%," + escapedTag, '!'),
        cb.like(lowerTags(cb, from, tagsAttribute), "%," + escapedTag + ",%", '!'));
  }

  /** A fresh expression each time: EclipseLink does not like expression nodes shared. */
  private static Expression<String> lowerTags(
      CriteriaBuilder cb, From<?, ?> from, String tagsAttribute) {
    return cb.lower(from.get(tagsAttribute));
  }

  /** Lower case, with the LIKE wildcards and the escape character escaped by {@code !}. */
  public static String escaped(String text) {
    return text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
