package com.mtdconnect.health.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/**
 * One reason behind a tenant's score: what is wrong in plain words, how many points it costs and
 * the one next action.
 */
@Embeddable
public class HealthReason implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String words;

  @Column(nullable = false)
  private int weight;

  @Enumerated(EnumType.STRING)
  @Column(name = "next_action", nullable = false)
  private NextAction nextAction;

  protected HealthReason() {}

  public HealthReason(String code, String words, int weight, NextAction nextAction) {
    this.code = code;
    // the column holds 1,000 characters; the longest reasons list permissions and skipped kinds
    this.words = words.length() > 1000 ? words.substring(0, 997) + "..." : words;
    this.weight = weight;
    this.nextAction = nextAction;
  }

  /** A stable name of the rule that gave this reason ({@code CONSENT_REVOKED}). */
  public String getCode() {
    return code;
  }

  public String getWords() {
    return words;
  }

  /** The points this reason takes off 100. */
  public int getWeight() {
    return weight;
  }

  public NextAction getNextAction() {
    return nextAction;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HealthReason r
        && code.equals(r.code)
        && words.equals(r.words)
        && weight == r.weight
        && nextAction == r.nextAction;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, words, weight, nextAction);
  }

  @Override
  public String toString() {
    return code + " (-" + weight + "): " + words;
  }
}
