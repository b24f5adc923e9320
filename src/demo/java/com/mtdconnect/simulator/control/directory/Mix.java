package com.mtdconnect.simulator.control.directory;

/** SplitMix64 mixing: the one source of deterministic pseudo-randomness of the generator. */
public final class Mix {

  private Mix() {}

  public static long of(long value) {
    long z = value + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  public static long of(long seed, long a, long b) {
    return of(of(seed ^ of(a)) ^ (b * 0xD1B54A32D192ED03L));
  }

  /** A value in [0, bound). */
  public static int below(long hash, int bound) {
    return (int) Long.remainderUnsigned(hash, bound);
  }

  /** A value in [0, 1). */
  static double unit(long hash) {
    return (hash >>> 11) * 0x1.0p-53;
  }
}
