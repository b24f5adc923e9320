package com.mtdconnect.graph.entity;

import java.time.Duration;

/** At most {@code permits} requests per {@code window}, refilled evenly. */
public record Budget(int permits, Duration window) {

  public Budget {
    if (permits <= 0 || window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("a budget needs permits and a window");
    }
  }

  public double permitsPerSecond() {
    return permits / (window.toNanos() / 1e9);
  }
}
