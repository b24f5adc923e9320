package com.mtdconnect.simulator.control.directory;

import com.mtdconnect.simulator.entity.SimUser;
import java.util.Locale;

/** Derives a user's name and sign-in name from the tenant seed and the user index. */
final class GeneratedUsers {
  private static final String[] FIRST = {
    "Adele", "Alex", "Bianca", "Carlos", "Dana", "Diego", "Elena", "Farah", "Grace", "Hiro",
    "Isaac", "Jana", "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven",
    "Tariq", "Uma", "Victor", "Wei", "Yara", "Zoe"
  };
  private static final String[] LAST = {
    "Vance",
    "Wilber",
    "Pham",
    "Silva",
    "Novak",
    "Okafor",
    "Berg",
    "Kowalski",
    "Tanaka",
    "Haddad",
    "Murphy",
    "Rossi",
    "Schmidt",
    "Garcia",
    "Nguyen",
    "Larsen",
    "Moreau",
    "Ivanova",
    "Patel"
  };

  private GeneratedUsers() {}

  static SimUser user(long seed, String domain, int index) {
    long h = Mix.of(seed, 10, index);
    String first = FIRST[Mix.below(h, FIRST.length)];
    String last = LAST[Mix.below(Mix.of(h), LAST.length)];
    String upn = (first + "." + last + index).toLowerCase(Locale.ROOT) + "@" + domain;
    return new SimUser(index, SimIds.of(seed, SimIds.USER, index), first + " " + last, upn);
  }
}
