package com.mtdconnect.policies.control;

import com.mtdconnect.policies.entity.PolicyRefused;
import com.mtdconnect.policies.entity.PolicyVersion;
import com.mtdconnect.policies.entity.ValueChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The versions of a template or tenant policy, newest first, and the readable difference between
 * any two of them (the values, and for tenant policies which fields became or stopped being
 * overridden). Called inside the boundaries' transactions, after their checks.
 */
@ApplicationScoped
public class PolicyVersions {
  @PersistenceContext EntityManager em;

  public List<PolicyVersion> of(PolicyVersion.Owner owner, long id) {
    return em.createNamedQuery(PolicyVersion.OF_POLICY, PolicyVersion.class)
        .setParameter("owner", owner)
        .setParameter("id", id)
        .getResultList();
  }

  /** What changed from version {@code from} to version {@code to} (either order). */
  public List<ValueChange> diff(PolicyVersion.Owner owner, long id, int from, int to) {
    List<PolicyVersion> all = of(owner, id);
    PolicyVersion a = pick(all, from);
    PolicyVersion b = pick(all, to);
    List<ValueChange> changes = new ArrayList<>(a.values().changesTo(b.values()));
    if (owner == PolicyVersion.Owner.TENANT) {
      changes.addAll(overrideChanges(a.overrides(), b.overrides()));
    }
    return changes;
  }

  static List<ValueChange> overrideChanges(Map<String, String> before, Map<String, String> after) {
    List<ValueChange> changes = new ArrayList<>();
    for (String key : after.keySet()) {
      if (!before.containsKey(key)) {
        changes.add(new ValueChange(ValueChange.OVERRIDE_PREFIX + key, "inherited", "overridden"));
      }
    }
    for (String key : before.keySet()) {
      if (!after.containsKey(key)) {
        changes.add(new ValueChange(ValueChange.OVERRIDE_PREFIX + key, "overridden", "inherited"));
      }
    }
    return changes;
  }

  private static PolicyVersion pick(List<PolicyVersion> all, int number) {
    return all.stream()
        .filter(v -> v.getNumber() == number)
        .findFirst()
        .orElseThrow(
            () -> new PolicyRefused("Version " + number + " of this policy does not exist."));
  }
}
