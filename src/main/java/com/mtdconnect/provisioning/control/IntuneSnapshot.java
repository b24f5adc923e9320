package com.mtdconnect.provisioning.control;

import com.mtdconnect.graph.entity.AssignmentTarget;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.MtdConnectorState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a tenant's Intune holds now, as far as provisioning cares: every object of the three
 * collections (ours carry a marker), the assignments of ours, the MTD connectors, and the
 * permissions the tenant granted (empty when they could not be read).
 *
 * @param unreadable collections that could not be read, with the reason in words
 */
public record IntuneSnapshot(
    Map<IntuneObjectKind, List<IntuneObject>> objects,
    Map<String, List<AssignmentTarget>> assignments,
    List<MtdConnectorState> connectors,
    Optional<Set<String>> grantedPermissions,
    Map<IntuneObjectKind, String> unreadable) {

  public IntuneSnapshot {
    objects = Map.copyOf(objects);
    assignments = Map.copyOf(assignments);
    connectors = List.copyOf(connectors);
    unreadable = Map.copyOf(unreadable);
  }

  /** Our object with this key (the first, should a crash ever have left two). */
  public Optional<IntuneObject> ours(IntuneObjectKind kind, String objectKey) {
    return objects.getOrDefault(kind, List.of()).stream()
        .filter(o -> o.markerKey().equals(Optional.of(objectKey)))
        .findFirst();
  }

  /** Every object carrying our marker, of all kinds. */
  public List<IntuneObject> allOurs() {
    return objects.values().stream()
        .flatMap(List::stream)
        .filter(o -> o.markerKey().isPresent())
        .toList();
  }

  public List<AssignmentTarget> assignmentsOf(String objectId) {
    return assignments.getOrDefault(objectId, List.of());
  }
}
