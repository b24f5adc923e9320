package com.mtdconnect.graph.entity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An object that exists in a tenant's Intune, as provisioning compares it: its Graph type, name and
 * the managed fields read back in the same form as {@link IntuneObjectSpec#managedFields()}.
 *
 * @param type the Graph type without namespace ({@code iosStoreApp}, ...)
 * @param fields managed field name → value as text (absent fields are missing)
 * @param lastModified Intune's {@code lastModifiedDateTime} of the object, when it carries one (who
 *     changed it Intune does not say on the object)
 */
public record IntuneObject(
    IntuneObjectKind kind,
    String id,
    String type,
    String displayName,
    Map<String, String> fields,
    String publishingState,
    Optional<Instant> lastModified) {

  /**
   * An app configuration's settings are also in {@link #fields()} one by one, each under this
   * prefix and its key ({@code setting.webProtection}), so that a key can be compared on its own.
   */
  public static final String SETTING_PREFIX = "setting.";

  private static final Pattern MARKER = Pattern.compile("\\[mtdc:([A-Za-z0-9._-]+)]");

  public IntuneObject {
    fields = Map.copyOf(fields);
    publishingState = publishingState == null ? "" : publishingState;
    lastModified = lastModified == null ? Optional.empty() : lastModified;
  }

  /** An object whose last change Intune does not tell. */
  public IntuneObject(
      IntuneObjectKind kind,
      String id,
      String type,
      String displayName,
      Map<String, String> fields,
      String publishingState) {
    this(kind, id, type, displayName, fields, publishingState, Optional.empty());
  }

  /** An app configuration's settings, key by key (empty for other kinds). */
  public Map<String, String> settings() {
    Map<String, String> settings = new java.util.TreeMap<>();
    fields.forEach(
        (k, v) -> {
          if (k.startsWith(SETTING_PREFIX)) {
            settings.put(k.substring(SETTING_PREFIX.length()), v);
          }
        });
    return settings;
  }

  /** The object key of our marker, if the object carries one (it is ours). */
  public Optional<String> markerKey() {
    String text = fields.getOrDefault(kind.markerField(), "");
    Matcher m = MARKER.matcher(text == null ? "" : text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The text of the marker for an object key, as written into the marker field. */
  public static String markerText(String objectKey) {
    return "Managed by MTD Connect [mtdc:" + objectKey + "]";
  }
}
