package com.mtdconnect.rbac.control;

import com.mtdconnect.rbac.entity.ScopeTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The scope tags that exist: those tenants, role assignments and custom roles carry. Role
 * assignments pick their tags from these. Tenants keep their tags in the canonical text that {@link
 * ScopePredicates} reads; the query names the tenant entity by its JPQL name so that RBAC, which
 * tenancy builds on, does not depend on tenancy.
 */
@ApplicationScoped
public class ScopeTagCatalog {

  @PersistenceContext EntityManager em;
  @Inject RoleAssignments assignments;

  /** Every existing tag (spellings may repeat ignoring case; {@link ScopeTags} folds them). */
  public List<String> inUse() {
    List<String> tags = new ArrayList<>();
    em.createQuery("select distinct t.scopeTags from Tenant t", String.class)
        .getResultList()
        .forEach(text -> tags.addAll(ScopeTags.parse(text)));
    tags.addAll(assignments.tagsInUse());
    tags.addAll(
        em.createQuery("select distinct t from Role r join r.scopeTags t", String.class)
            .getResultList());
    return tags;
  }
}
