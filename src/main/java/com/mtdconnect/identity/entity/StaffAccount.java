package com.mtdconnect.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A member of the MSP's staff as the portal last saw them at sign-in: the staff directory. Entra ID
 * decides who may sign in; the portal keeps no password. The Entra groups of the last sign-in let
 * the RBAC Monitor resolve group-based role assignments for someone who is not signed in now. What
 * a staff member may do comes from role assignments (the rbac component), not from here.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(
    name = StaffAccount.BY_USERNAME,
    query = "select s from StaffAccount s where s.username = :username")
@NamedQuery(name = StaffAccount.ALL, query = "select s from StaffAccount s order by s.username")
public class StaffAccount {
  public static final String BY_USERNAME = "StaffAccount.byUsername";
  public static final String ALL = "StaffAccount.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "entra_object_id")
  private String entraObjectId;

  @Column(name = "entra_tenant_id")
  private String entraTenantId;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "last_signed_in_at")
  private LocalDateTime lastSignedInAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "staff_account_group",
      joinColumns = @JoinColumn(name = "staff_account_id"))
  @Column(name = "group_id", nullable = false)
  private Set<String> entraGroups = new TreeSet<>();

  @Version private long version;

  protected StaffAccount() {}

  /** Someone signing in for the first time, at {@code now} (UTC). */
  public StaffAccount(String username, String displayName, LocalDateTime now) {
    this.username = username;
    this.displayName = displayName;
    this.createdAt = now;
  }

  /**
   * Why this account may not sign in with a token naming {@code identity}: disabled in the portal,
   * or bound to another Entra user (the sign-in name now belongs to somebody else).
   */
  public Optional<SignInProblem> refusalFor(EntraIdentity identity) {
    if (!enabled) {
      return Optional.of(SignInProblem.DISABLED);
    }
    if (entraObjectId == null) {
      return Optional.empty(); // not bound yet: this sign-in binds it
    }
    boolean sameUser =
        identity.objectId().map(entraObjectId::equalsIgnoreCase).orElse(false)
            && (entraTenantId == null
                || identity.tenantId().map(entraTenantId::equalsIgnoreCase).orElse(false));
    return sameUser ? Optional.empty() : Optional.of(SignInProblem.ACCOUNT_REASSIGNED);
  }

  /**
   * Remembers what this sign-in's token said about the staff member; the first token carrying an
   * Entra object id binds the account to it.
   */
  public void signedIn(
      String newDisplayName, Collection<String> groups, EntraIdentity identity, LocalDateTime at) {
    if (entraObjectId == null && identity.objectId().isPresent()) {
      entraObjectId = identity.objectId().get();
      entraTenantId = identity.tenantId().orElse(null);
    }
    displayName = newDisplayName;
    entraGroups.clear();
    entraGroups.addAll(groups);
    lastSignedInAt = at;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  /** A staff member disabled in the portal cannot sign in even when Entra ID lets them. */
  public boolean isEnabled() {
    return enabled;
  }

  /** The Entra group object ids of the last sign-in token. */
  public Set<String> entraGroups() {
    return Set.copyOf(entraGroups);
  }

  /** The Entra object id this account is bound to, once it signed in with one. */
  public Optional<String> entraObjectId() {
    return Optional.ofNullable(entraObjectId);
  }

  public Optional<LocalDateTime> lastSignedInAt() {
    return Optional.ofNullable(lastSignedInAt);
  }
}
