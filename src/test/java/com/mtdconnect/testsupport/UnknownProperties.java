package com.mtdconnect.testsupport;

import com.microsoft.kiota.serialization.AdditionalDataHolder;
import com.microsoft.kiota.serialization.JsonParseNodeFactory;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import com.microsoft.kiota.serialization.ParseNode;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses JSON with Kiota into the SDK's generated models and lists every property that landed in
 * {@code getAdditionalData()} anywhere in the object tree (i.e. a property Graph's schema does not
 * have), except the annotations allowed.
 */
public final class UnknownProperties {

  private UnknownProperties() {}

  public static <T extends Parsable> T parse(byte[] json, ParsableFactory<T> factory) {
    ParseNode node =
        new JsonParseNodeFactory().getParseNode("application/json", new ByteArrayInputStream(json));
    return node.getObjectValue(factory);
  }

  public static List<String> in(Parsable root, Set<String> allowed) {
    List<String> found = new ArrayList<>();
    walk(root, "$", allowed, found, 0);
    return found;
  }

  private static void walk(
      Object value, String path, Set<String> allowed, List<String> found, int depth) {
    if (value == null || depth > 8) {
      return;
    }
    if (value instanceof Iterable<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + i++ + "]", allowed, found, depth + 1);
      }
      return;
    }
    if (!(value instanceof Parsable)) {
      return;
    }
    if (value instanceof AdditionalDataHolder holder) {
      for (String key : holder.getAdditionalData().keySet()) {
        if (!allowed.contains(key) && !key.startsWith("@odata.")) {
          found.add(path + "." + key);
        }
      }
    }
    for (Method m : value.getClass().getMethods()) {
      if (m.getParameterCount() != 0
          || !m.getName().startsWith("get")
          || Modifier.isStatic(m.getModifiers())
          || Set.of("getAdditionalData", "getBackingStore", "getFieldDeserializers", "getClass")
              .contains(m.getName())) {
        continue;
      }
      try {
        Object child = m.invoke(value);
        if (child instanceof Parsable || child instanceof Iterable<?>) {
          walk(child, path + "." + m.getName().substring(3), allowed, found, depth + 1);
        }
      } catch (ReflectiveOperationException e) {
        found.add(path + "." + m.getName() + " threw " + e);
      }
    }
  }
}
