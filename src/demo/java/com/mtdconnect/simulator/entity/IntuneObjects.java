package com.mtdconnect.simulator.entity;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Intune objects of one tenant, kept as the JSON Graph returns for them (they are few per tenant).
 * Guarded by its own monitor.
 */
public final class IntuneObjects {

  /** A stored object of one Intune collection plus its assignments. */
  public static final class Entry {
    private final JsonObject object;
    private JsonArray assignments = new JsonArray();
    private Instant assignedAt;
    private Instant heartbeatStoppedAt;

    Entry(JsonObject object) {
      this.object = object;
    }

    public JsonObject object() {
      return object;
    }

    /**
     * Sets these properties (annotations such as {@code @odata.type} are not stored) as Intune
     * records a change, whoever made it: {@code lastModifiedDateTime} becomes {@code when} and a
     * {@code version} counts up. Returns a copy of the changed object.
     */
    public synchronized JsonObject change(JsonObject properties, Instant when) {
      for (var e : properties.entrySet()) {
        if (!e.getKey().startsWith("@")) {
          object.add(e.getKey(), e.getValue().deepCopy());
        }
      }
      object.addProperty("lastModifiedDateTime", DateTimeFormatter.ISO_INSTANT.format(when));
      if (object.has("version") && object.get("version").isJsonPrimitive()) {
        object.addProperty("version", object.get("version").getAsInt() + 1);
      }
      return object.deepCopy();
    }

    /** A copy of the current assignments. */
    public synchronized JsonArray assignments() {
      return assignments.deepCopy();
    }

    public synchronized Optional<Instant> assignedAt() {
      return Optional.ofNullable(assignedAt);
    }

    /** Assign replaces the whole set (graph-contracts §6.4). */
    public synchronized void replaceAssignments(JsonArray newAssignments, Instant when) {
      this.assignments = newAssignments;
      this.assignedAt = when;
    }

    public synchronized Optional<Instant> heartbeatStoppedAt() {
      return Optional.ofNullable(heartbeatStoppedAt);
    }

    public synchronized void heartbeatStoppedAt(Instant when) {
      this.heartbeatStoppedAt = when;
    }
  }

  /** The Intune collections the simulator models. */
  public enum Collection {
    MOBILE_APPS,
    APP_CONFIGURATIONS,
    COMPLIANCE_POLICIES,
    MTD_CONNECTORS
  }

  private final Map<Collection, Map<String, Entry>> collections = new LinkedHashMap<>();

  public synchronized Entry put(Collection collection, String id, JsonObject object) {
    Entry entry = new Entry(object);
    collections.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(id, entry);
    return entry;
  }

  public synchronized Optional<Entry> get(Collection collection, String id) {
    return Optional.ofNullable(collections.getOrDefault(collection, Map.of()).get(id));
  }

  public synchronized boolean remove(Collection collection, String id) {
    return collections.getOrDefault(collection, new LinkedHashMap<>()).remove(id) != null;
  }

  public synchronized List<Entry> list(Collection collection) {
    return new ArrayList<>(collections.getOrDefault(collection, Map.of()).values());
  }
}
