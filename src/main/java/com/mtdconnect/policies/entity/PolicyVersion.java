package com.mtdconnect.policies.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * One save of a template or tenant policy: the values it then had in full (for a tenant policy the
 * effective ones, template included) and, for a tenant policy, its overrides; who saved it, when
 * (UTC) and why.
 */
@Entity
@Table(name = "policy_version")
@NamedQuery(
    name = PolicyVersion.OF_POLICY,
    query =
        "select v from PolicyVersion v where v.owner = :owner and v.ownerId = :id"
            + " order by v.number desc")
public class PolicyVersion {
  public static final String OF_POLICY = "PolicyVersion.ofPolicy";

  /** Whose version it is. */
  public enum Owner {
    TEMPLATE,
    TENANT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Owner owner;

  @Column(name = "owner_id", nullable = false)
  private long ownerId;

  @Column(nullable = false)
  private int number;

  @Column(name = "settings", nullable = false)
  private String settings;

  @Column(name = "overrides", nullable = false)
  private String overrides = "";

  @Column(nullable = false)
  private String author;

  @Column(name = "change_comment", nullable = false)
  private String comment;

  @Column(name = "saved_at", nullable = false)
  private LocalDateTime savedAt;

  protected PolicyVersion() {}

  public PolicyVersion(
      Owner owner,
      long ownerId,
      int number,
      PolicyValues values,
      Map<String, String> overrides,
      String author,
      String comment,
      LocalDateTime savedAt) {
    this.owner = owner;
    this.ownerId = ownerId;
    this.number = number;
    this.settings = SettingsCodec.encode(values.asMap());
    this.overrides = SettingsCodec.encode(PolicyValues.of(overrides).asMap());
    this.author = author;
    this.comment = comment == null ? "" : comment;
    this.savedAt = savedAt;
  }

  public PolicyValues values() {
    return PolicyValues.of(SettingsCodec.decode(settings));
  }

  public Map<String, String> overrides() {
    return SettingsCodec.decode(overrides);
  }

  public Long getId() {
    return id;
  }

  public int getNumber() {
    return number;
  }

  public String getAuthor() {
    return author;
  }

  public String getComment() {
    return comment;
  }

  public LocalDateTime getSavedAt() {
    return savedAt;
  }

  /** "v3 by alice: raised the OS minimum" for pickers. */
  public String getLabel() {
    return "v" + number + " by " + author + (comment.isEmpty() ? "" : ": " + comment);
  }
}
