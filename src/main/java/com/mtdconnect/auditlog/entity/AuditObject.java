package com.mtdconnect.auditlog.entity;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an audit event is about, in words: the kind of object ("Role assignment") and its name where
 * it has one ("EMEA onboarding"), otherwise its id ("Consent link 12"). The stored type and id stay
 * available as the code (the page's tooltip, the CSV's own columns).
 */
public final class AuditObject {
  /** Stored object types and how staff call them; other types are split into words. */
  private static final Map<String, String> KINDS =
      Map.ofEntries(
          Map.entry("AuditEvent", "Audit log export"),
          Map.entry("AppCatalogue", "App catalogue"),
          Map.entry("StaffSession", "Staff member"),
          Map.entry("Staff", "Staff member"),
          Map.entry("TenantHealth", "Health of"),
          Map.entry("TenantPolling", "Polling of"),
          Map.entry("Consent", "Consent of"),
          Map.entry("Onboarding", "Onboarding of"),
          Map.entry("ProvisioningIntent", "Provisioning plan of"),
          Map.entry("PolicyPublishRun", "Policy publishing run"),
          Map.entry("ProfileRun", "Profile run"));

  /** Types of which the portal has just one: their id says nothing. */
  private static final Set<String> SINGLETONS = Set.of("AuditEvent", "AppCatalogue");

  private final String type;
  private final String id;
  private final String name;

  private AuditObject(String type, String id, String name) {
    this.type = type;
    this.id = id;
    this.name = name == null || name.isBlank() ? null : name;
  }

  /**
   * @param type the stored object type, e.g. {@code RoleAssignment}
   * @param id the stored object id
   * @param name the object's name as resolved for the reader, or null when it has none (or it is
   *     gone, or out of the reader's scope)
   */
  public static AuditObject of(String type, String id, String name) {
    return new AuditObject(type, id, name);
  }

  /** "Role assignment", "Consent link", "Health of". */
  public String getKind() {
    return kindOf(type);
  }

  /**
   * The name, or else the id (a number as "#12"); empty for singletons and objects without an id.
   */
  public String getNameOrId() {
    if (name != null) {
      return name;
    }
    if (id == null || id.isBlank() || SINGLETONS.contains(type)) {
      return "";
    }
    return id.matches("\\d+") ? "#" + id : id;
  }

  public boolean isNamed() {
    return name != null;
  }

  /** "Role assignment: EMEA onboarding", "Consent link #12", "Audit log export". */
  public String getLabel() {
    String shown = getNameOrId();
    if (shown.isEmpty()) {
      return getKind();
    }
    return getKind() + (name != null ? ": " : " ") + shown;
  }

  /** The stored type and id, "RoleAssignment 4". */
  public String getCode() {
    return ((type == null ? "" : type) + " " + (id == null ? "" : id)).trim();
  }

  /** How staff call a stored object type: from the catalogue, or its words ("ConsentLink"). */
  static String kindOf(String type) {
    if (type == null || type.isBlank()) {
      return "Object";
    }
    String known = KINDS.get(type);
    if (known != null) {
      return known;
    }
    String words = type.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
