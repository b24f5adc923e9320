package com.mtdconnect.policies.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a settings map is stored in one text column: one {@code key<TAB>value} line per entry, with
 * backslash, tab and line breaks escaped.
 */
public final class SettingsCodec {
  private SettingsCodec() {}

  public static String encode(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> escape(e.getKey()) + "\t" + escape(e.getValue()))
        .collect(Collectors.joining("\n"));
  }

  public static Map<String, String> decode(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return values;
    }
    for (String line : text.split("\n", -1)) {
      int tab = line.indexOf('\t');
      values.put(unescape(line.substring(0, tab)), unescape(line.substring(tab + 1)));
    }
    return values;
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        out.append(
            switch (n) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> n;
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
