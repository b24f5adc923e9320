package com.mtdconnect.identity.control;

import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.identity.entity.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The staff who have signed in, as their last sign-in token described them. */
@ApplicationScoped
public class StaffDirectory {

  @PersistenceContext EntityManager em;

  public Optional<StaffAccount> find(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", username.trim())
        .getResultStream()
        .findFirst();
  }

  /** Every staff member who has signed in, by username. */
  public List<StaffAccount> all() {
    return em.createNamedQuery(StaffAccount.ALL, StaffAccount.class).getResultList();
  }

  /** The Entra groups of someone's last sign-in; none for someone who never signed in. */
  public Set<String> lastGroupsOf(String username) {
    return find(username).map(StaffAccount::entraGroups).orElse(Set.of());
  }

  /**
   * Remembers a sign-in (adding the staff member on their first); in the caller's transaction.
   *
   * @return the staff member as stored, to check whether they are enabled
   */
  public StaffAccount remember(SignedInStaff staff) {
    StaffAccount account =
        find(staff.username())
            .orElseGet(
                () -> {
                  StaffAccount added = new StaffAccount(staff.username(), staff.displayName());
                  em.persist(added);
                  return added;
                });
    account.signedIn(
        staff.displayName(),
        staff.entraGroups(),
        LocalDateTime.ofInstant(staff.signedInAt(), ZoneOffset.UTC));
    return account;
  }
}
