package com.mtdconnect.identity.control;

import com.mtdconnect.identity.entity.EntraIdentity;
import com.mtdconnect.identity.entity.SignInProblem;
import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.identity.entity.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
   * Remembers a sign-in (adding the staff member on their first), unless the stored account refuses
   * it; in the caller's transaction.
   *
   * <p>The same staff member may sign in from several browsers at once (and a first sign-in may
   * race another): the account row is created if missing without failing on a concurrent creation
   * ({@code ON DUPLICATE KEY}), then read under a row lock, so concurrent sign-ins of one account
   * queue for a moment instead of failing on its version or its unique username.
   *
   * @return why the account may not sign in; empty when it was signed in
   */
  public Optional<SignInProblem> remember(SignedInStaff staff, EntraIdentity identity) {
    LocalDateTime signedInAt = LocalDateTime.ofInstant(staff.signedInAt(), ZoneOffset.UTC);
    String username = staff.username().trim();
    em.createNativeQuery(
            "INSERT INTO staff_account (username, display_name, created_at) VALUES (?1, ?2, ?3)"
                + " ON DUPLICATE KEY UPDATE id = id")
        .setParameter(1, username)
        .setParameter(2, staff.displayName())
        .setParameter(3, signedInAt)
        .executeUpdate();
    StaffAccount account =
        em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
            .setParameter("username", username)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getSingleResult();
    em.refresh(account); // the persistence context may hold an older read of it
    Optional<SignInProblem> refusal = account.refusalFor(identity);
    if (refusal.isEmpty()) {
      account.signedIn(staff.displayName(), staff.entraGroups(), identity, signedInAt);
    }
    return refusal;
  }
}
