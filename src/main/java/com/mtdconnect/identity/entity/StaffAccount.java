package com.mtdconnect.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A member of the MSP's staff who may sign in to the portal. What they may do comes from role
 * assignments (see the rbac component), not from the account.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(
    name = StaffAccount.BY_USERNAME,
    query = "select s from StaffAccount s where s.username = :username")
@NamedQuery(name = StaffAccount.COUNT, query = "select count(s) from StaffAccount s")
@NamedQuery(name = StaffAccount.ALL, query = "select s from StaffAccount s order by s.username")
public class StaffAccount {
  public static final String BY_USERNAME = "StaffAccount.byUsername";
  public static final String COUNT = "StaffAccount.count";
  public static final String ALL = "StaffAccount.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected StaffAccount() {}

  public StaffAccount(String username, String displayName, String passwordHash) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }
}
