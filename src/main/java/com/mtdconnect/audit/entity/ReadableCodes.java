package com.mtdconnect.audit.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/** Internal codes and field names as words: {@code CONSENT_PENDING} → "Consent pending". */
final class ReadableCodes {
  /** An enum-style code: capitals and digits joined by underscores. */
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");

  private static final Pattern SINGLE_WORD = Pattern.compile("[A-Z]{2,}");

  /**
   * Fields whose single-word capital values are states ({@code INVITED}); elsewhere such a value
   * may be a name (the scope tag {@code EMEA}) and stays as it is.
   */
  private static final Pattern STATE_FIELD =
      Pattern.compile(
          "(?i).*(lifecycle|status|state|result|stage|fact|outcome|purpose|kind|action|preset"
              + "|level|frequency|platform)");

  /** Fields holding names people typed (scope tags), kept exactly as typed. */
  private static final Pattern NAMES_FIELD = Pattern.compile("(?i).*tags?");

  private ReadableCodes() {}

  /** "ROLE_ASSIGNMENT_CHANGED" → "Role assignment changed". */
  static String sentence(String code) {
    String words = code.replace('_', ' ').trim().toLowerCase(Locale.ROOT);
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** "contactEmail" → "Contact email"; "roleScopeTags" → "Role scope tags". */
  static String fieldName(String camelCase) {
    return sentence(camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2"));
  }

  /** A stored value as words when it is a code ("CONSENT_PENDING → CONSENTED" included). */
  static String value(String field, String text) {
    if (!text.contains(" → ")) {
      return word(field, text);
    }
    StringBuilder moves = new StringBuilder();
    for (String part : text.split(" → ", -1)) {
      moves.append(moves.length() == 0 ? "" : " → ").append(word(field, part.trim()));
    }
    return moves.toString();
  }

  /** A time as {@code LocalDateTime.toString()} writes it: 2026-12-04T19:44:28.954459687. */
  private static final Pattern TIME =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.\\d+)?");

  private static String word(String field, String text) {
    java.util.regex.Matcher time = TIME.matcher(text);
    if (time.matches()) {
      return time.group(1) + " " + time.group(2) + " UTC";
    }
    if (NAMES_FIELD.matcher(field).matches()) {
      return text;
    }
    if (CODE.matcher(text).matches()
        || (SINGLE_WORD.matcher(text).matches() && STATE_FIELD.matcher(field).matches())) {
      return sentence(text);
    }
    return text;
  }
}
