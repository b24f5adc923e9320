package com.mtdconnect.dashboard.entity;

import java.io.Serializable;

/** One point of a fleet chart: its label (a day or an hour) and two summed figures. */
public class TrendPoint implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String label;
  private final long first;
  private final long second;

  public TrendPoint(String label, long first, long second) {
    this.label = label;
    this.first = first;
    this.second = second;
  }

  public String getLabel() {
    return label;
  }

  public long getFirst() {
    return first;
  }

  public long getSecond() {
    return second;
  }

  /** first as a percent of second, or null when second is zero. */
  public Long getPercent() {
    return second == 0 ? null : 100 * first / second;
  }
}
