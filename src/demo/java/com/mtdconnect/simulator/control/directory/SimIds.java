package com.mtdconnect.simulator.control.directory;

import java.util.Optional;

/**
 * GUID-shaped ids that encode what they name: the last 12 hex digits hold a kind and an index, the
 * rest is derived from the tenant seed, so an id resolves to its object without any lookup table
 * and ids of another tenant are rejected.
 */
public final class SimIds {

  public static final int TENANT = 0;
  public static final int USER = 1;
  public static final int GROUP = 2;
  public static final int ENTRA_DEVICE = 3;
  public static final int MANAGED_DEVICE = 4;
  public static final int SERVICE_PRINCIPAL = 5;
  public static final int INTUNE_OBJECT = 6;
  public static final int ASSIGNMENT = 7;

  /** The index range an id can carry (11 hex digits). */
  private static final long MAX_INDEX = 0xFFFFFFFFFFFL;

  private SimIds() {}

  public static String of(long seed, int kind, long index) {
    if (index < 0 || index > MAX_INDEX || kind < 0 || kind > 15) {
      throw new IllegalArgumentException("id out of range: kind " + kind + " index " + index);
    }
    long hi = Mix.of(seed, kind, index);
    long mid = Mix.of(hi);
    return String.format(
        "%08x-%04x-4%03x-%04x-%x%011x",
        hi >>> 32, (hi >>> 16) & 0xFFFF, hi & 0xFFF, 0x8000 | (mid & 0x3FFF), kind, index);
  }

  /** The index named by {@code id} if it is an id of that kind for that seed. */
  public static Optional<Long> indexOf(long seed, int kind, String id) {
    if (id == null || id.length() != 36) {
      return Optional.empty();
    }
    try {
      String tail = id.substring(24);
      int idKind = Character.digit(tail.charAt(0), 16);
      long index = Long.parseLong(tail.substring(1), 16);
      if (idKind != kind || !of(seed, kind, index).equalsIgnoreCase(id)) {
        return Optional.empty();
      }
      return Optional.of(index);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
