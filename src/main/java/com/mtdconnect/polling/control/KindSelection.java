package com.mtdconnect.polling.control;

import com.mtdconnect.consent.entity.RequiredPermission;
import com.mtdconnect.polling.entity.RoundContext;
import java.util.List;

/**
 * Which kinds a round runs: those that are due and whose permissions the tenant granted. A kind
 * that is due but needs a permission the tenant's consent lacks is skipped, with the permission
 * named, and the round runs the others (a partial consent polls what it allows). Pure.
 */
public final class KindSelection {

  private KindSelection() {}

  /**
   * What the round does with one kind.
   *
   * @param due whether the kind has work in this round
   * @param lacking the permissions it needs and the tenant has not granted, in catalog order
   */
  public record Choice(boolean due, List<RequiredPermission> lacking) {

    public Choice {
      lacking = List.copyOf(lacking);
    }

    /** Due, and every permission it needs granted. */
    public boolean runs() {
      return due && lacking.isEmpty();
    }

    /** Due, but a permission it needs is missing. */
    public boolean skipped() {
      return due && !lacking.isEmpty();
    }
  }

  /** The round's choice for {@code kind}; a kind that is not due is not asked for permissions. */
  public static Choice of(PollingKind kind, RoundContext round) {
    if (!kind.isDue(round)) {
      return new Choice(false, List.of());
    }
    return new Choice(true, round.lacking(kind.needs()));
  }

  /**
   * The skip in plain words for the job history and the tenant's health: which permission is
   * missing and what to do, e.g. "app-status skipped: DeviceManagementManagedDevices.Read.All is
   * not granted; send the customer a re-consent link".
   */
  public static String skippedWords(String kind, List<RequiredPermission> lacking) {
    List<String> names = lacking.stream().map(RequiredPermission::getPermissionName).toList();
    return kind
        + " skipped: "
        + String.join(" and ", names)
        + (names.size() == 1 ? " is" : " are")
        + " not granted; send the customer a re-consent link";
  }

  /**
   * The skip as {@code poll_round.skipped} keeps it, e.g. "app-status
   * (DeviceManagementApps.ReadWrite.All)"; a round's entries are joined with ", ".
   */
  public static String skippedEntry(String kind, List<RequiredPermission> lacking) {
    return kind
        + " ("
        + String.join(", ", lacking.stream().map(RequiredPermission::getPermissionName).toList())
        + ")";
  }
}
