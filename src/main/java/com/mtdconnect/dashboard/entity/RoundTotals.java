package com.mtdconnect.dashboard.entity;

import java.io.Serializable;

/**
 * What a tenant's polling rounds cost over a period, against the tightest per-tenant Graph budget
 * (permits per window) the gateway paces it by.
 */
public class RoundTotals implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long rounds;
  private final long requests;
  private final long throttled;
  private final long largestRound;
  private final int budgetPermits;
  private final long budgetWindowSeconds;

  public RoundTotals(
      long rounds,
      long requests,
      long throttled,
      long largestRound,
      int budgetPermits,
      long budgetWindowSeconds) {
    this.rounds = rounds;
    this.requests = requests;
    this.throttled = throttled;
    this.largestRound = largestRound;
    this.budgetPermits = budgetPermits;
    this.budgetWindowSeconds = budgetWindowSeconds;
  }

  public long getRounds() {
    return rounds;
  }

  public long getRequests() {
    return requests;
  }

  public long getThrottled() {
    return throttled;
  }

  public long getLargestRound() {
    return largestRound;
  }

  public int getBudgetPermits() {
    return budgetPermits;
  }

  public long getBudgetWindowSeconds() {
    return budgetWindowSeconds;
  }

  /** The largest round's requests as a percent of the tightest budget's permits. */
  public long getLargestRoundPercent() {
    return budgetPermits == 0 ? 0 : 100 * largestRound / budgetPermits;
  }
}
