package com.mtdconnect.graph.control;

import com.microsoft.kiota.serialization.UntypedNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain Java views of what the SDK leaves in {@code getAdditionalData()} (annotations such as
 * {@code members@delta} and {@code @removed}): maps, lists and strings instead of Kiota nodes.
 */
final class UntypedValues {

  private UntypedValues() {}

  static Object plain(Object value) {
    if (value instanceof UntypedNode node) {
      return plain(node.getValue());
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new LinkedHashMap<>();
      map.forEach((k, v) -> result.put(String.valueOf(k), plain(v)));
      return result;
    }
    if (value instanceof Iterable<?> items) {
      List<Object> result = new ArrayList<>();
      items.forEach(i -> result.add(plain(i)));
      return result;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> objects(Object value) {
    Object plain = plain(value);
    List<Map<String, Object>> result = new ArrayList<>();
    if (plain instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> map) {
          result.add((Map<String, Object>) map);
        }
      }
    }
    return result;
  }
}
