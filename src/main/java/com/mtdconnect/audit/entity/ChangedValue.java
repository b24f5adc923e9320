package com.mtdconnect.audit.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of a changed field, in full (never cut off): a single value, or a list of values (the
 * permissions missing, the scope tags) that the page shows as separate chips wrapping between
 * values only.
 */
public final class ChangedValue implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Tokens longer than this get break opportunities after separators. */
  private static final int LONG_TOKEN = 24;

  private static final String SEPARATORS = "/.,;:?&=_@|-";

  static final ChangedValue NONE = new ChangedValue(List.of(), false);

  private final List<String> items;
  private final boolean list;

  ChangedValue(List<String> items, boolean list) {
    this.items = List.copyOf(items);
    this.list = list;
  }

  static ChangedValue single(String text) {
    return text == null || text.isEmpty() ? NONE : new ChangedValue(List.of(text), false);
  }

  public List<String> getItems() {
    return items;
  }

  /** Whether the value is a list, shown as chips. */
  public boolean isList() {
    return list;
  }

  /** Whether there is no value (shown as "—"). */
  public boolean isAbsent() {
    return items.isEmpty();
  }

  /**
   * A single value cut where a long line may wrap: after separators (/ . , - _ and the like) inside
   * tokens too long for a column, never inside ordinary words. Shown one piece after another with a
   * break opportunity ({@code <wbr>}) between them.
   */
  public List<String> getPieces() {
    return items.isEmpty() ? List.of() : pieces(items.get(0));
  }

  static List<String> pieces(String text) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int token = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      piece.append(c);
      token = Character.isWhitespace(c) ? 0 : token + 1;
      if (SEPARATORS.indexOf(c) >= 0 && longToken(text, i, token)) {
        pieces.add(piece.toString());
        piece.setLength(0);
      }
    }
    if (piece.length() > 0) {
      pieces.add(piece.toString());
    }
    return pieces;
  }

  /** Whether the whitespace-free token around position {@code at} is longer than a column. */
  private static boolean longToken(String text, int at, int before) {
    int end = at + 1;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return before + (end - at - 1) > LONG_TOKEN;
  }

  /** The value as one line: "—" when empty, list values joined by ", ". */
  @Override
  public String toString() {
    return items.isEmpty() ? "—" : String.join(", ", items);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChangedValue v && v.items.equals(items) && v.list == list;
  }

  @Override
  public int hashCode() {
    return items.hashCode() * 31 + Boolean.hashCode(list);
  }
}
