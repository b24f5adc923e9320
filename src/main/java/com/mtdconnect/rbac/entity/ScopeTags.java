package com.mtdconnect.rbac.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Scope tags written as free text, separated by commas ("EMEA, Gold"). Stored in a canonical form:
 * trimmed, duplicates (ignoring case) removed, joined by commas. They belong to RBAC (as in
 * Intune): tenants, roles and role assignments carry them.
 */
public final class ScopeTags {
  public static final int MAX_TAGS = 10;
  private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N} _.-]{1,40}");

  private ScopeTags() {}

  public static List<String> parse(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Map<String, String> unique = new LinkedHashMap<>();
    Arrays.stream(text.split(","))
        .map(String::trim)
        .filter(t -> !t.isEmpty())
        .forEach(t -> unique.putIfAbsent(t.toLowerCase(Locale.ROOT), t));
    return List.copyOf(unique.values());
  }

  public static String canonical(String text) {
    return String.join(",", parse(text));
  }

  /** The tags (lower case) that one list has and the other has not, either way round. */
  public static Set<String> difference(Collection<String> before, Collection<String> after) {
    Set<String> old = lowerCase(before);
    Set<String> now = lowerCase(after);
    Set<String> changed = new TreeSet<>(old);
    changed.addAll(now);
    old.retainAll(now);
    changed.removeAll(old);
    return changed;
  }

  private static Set<String> lowerCase(Collection<String> tags) {
    Set<String> lower = new TreeSet<>();
    tags.forEach(t -> lower.add(t.trim().toLowerCase(Locale.ROOT)));
    return lower;
  }

  /**
   * The tags someone with {@code scope} may pick: the existing ones within their scope (for staff
   * scoped to tags, exactly their own tags, existing or not yet), plus those the object carries
   * already. Each once ignoring case, in the spelling first found, sorted.
   */
  public static List<String> choices(
      Collection<String> existing, TenantScope scope, Collection<String> carried) {
    Map<String, String> choices = new TreeMap<>();
    existing.forEach(t -> choices.putIfAbsent(t.toLowerCase(Locale.ROOT), t));
    if (!scope.allTenants()) {
      choices.keySet().retainAll(scope.tags());
      scope.tags().forEach(t -> choices.putIfAbsent(t, t));
    }
    carried.forEach(t -> choices.putIfAbsent(t.toLowerCase(Locale.ROOT), t));
    return List.copyOf(choices.values());
  }

  /** The tags, of those given, that exist nowhere (ignoring case), in their order. */
  public static List<String> unknownAmong(Collection<String> tags, Collection<String> existing) {
    Set<String> known = lowerCase(existing);
    return tags.stream().filter(t -> !known.contains(t.trim().toLowerCase(Locale.ROOT))).toList();
  }

  /** Why the text is not acceptable, or empty when it is. */
  public static String problemWith(String text) {
    List<String> tags = parse(text);
    if (tags.size() > MAX_TAGS) {
      return "Use at most " + MAX_TAGS + " scope tags.";
    }
    for (String tag : tags) {
      if (!TAG.matcher(tag).matches()) {
        return "The scope tag \""
            + tag
            + "\" is not valid: use up to 40 letters, digits, spaces, dots, dashes or underscores.";
      }
    }
    return "";
  }
}
