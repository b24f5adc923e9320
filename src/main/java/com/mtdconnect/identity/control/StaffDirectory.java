package com.mtdconnect.identity.control;

import com.mtdconnect.identity.entity.SignedInStaff;
import com.mtdconnect.identity.entity.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds staff accounts and checks their passwords. */
@ApplicationScoped
public class StaffDirectory {

  @PersistenceContext EntityManager em;

  @Inject Pbkdf2PasswordHash passwordHash;

  /** Compared against when the username is unknown, so that both paths cost the same time. */
  private String decoyHash;

  @PostConstruct
  void init() {
    passwordHash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "210000"));
    decoyHash = passwordHash.generate("decoy-password".toCharArray());
  }

  /**
   * The staff member with this username and password, if both are right and the account is enabled.
   */
  public Optional<SignedInStaff> authenticate(String username, char[] password) {
    Optional<StaffAccount> account = find(username);
    boolean passwordMatches =
        passwordHash.verify(password, account.map(StaffAccount::passwordHash).orElse(decoyHash));
    return account
        .filter(a -> passwordMatches && a.isEnabled())
        .map(a -> SignedInStaff.withForm(a.getUsername(), a.getDisplayName()));
  }

  public Optional<StaffAccount> find(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", username.trim())
        .getResultStream()
        .findFirst();
  }

  /** Every staff account, by username. */
  public List<StaffAccount> all() {
    return em.createNamedQuery(StaffAccount.ALL, StaffAccount.class).getResultList();
  }

  public boolean isEmpty() {
    return em.createNamedQuery(StaffAccount.COUNT, Long.class).getSingleResult() == 0L;
  }

  /** Adds an account unless one with this username exists; returns whether it was added. */
  @Transactional
  public boolean addIfAbsent(String username, String displayName, char[] password) {
    if (find(username).isPresent()) {
      return false;
    }
    em.persist(new StaffAccount(username, displayName, passwordHash.generate(password)));
    return true;
  }
}
