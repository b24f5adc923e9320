package com.mtdconnect.provisioning.control;

import com.mtdconnect.graph.boundary.GraphGateway;
import com.mtdconnect.graph.entity.AssignmentTarget;
import com.mtdconnect.graph.entity.GraphFailure;
import com.mtdconnect.graph.entity.IntuneObject;
import com.mtdconnect.graph.entity.IntuneObjectKind;
import com.mtdconnect.graph.entity.MtdConnectorState;
import com.mtdconnect.graph.entity.PermissionMissing;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a tenant's Intune holds (through the gateway) for a plan: the three collections, the
 * assignments of our objects and the connectors. A collection the tenant did not grant us is
 * recorded as unreadable (its lines become blocked); other failures propagate.
 */
public final class SnapshotReader {

  private SnapshotReader() {}

  public static IntuneSnapshot read(
      GraphGateway gateway, String directoryId, Optional<Set<String>> grantedPermissions) {
    Map<IntuneObjectKind, List<IntuneObject>> objects = new EnumMap<>(IntuneObjectKind.class);
    Map<IntuneObjectKind, String> unreadable = new EnumMap<>(IntuneObjectKind.class);
    Map<String, List<AssignmentTarget>> assignments = new HashMap<>();
    for (IntuneObjectKind kind : IntuneObjectKind.values()) {
      try {
        List<IntuneObject> all = gateway.intuneObjects(directoryId, kind);
        objects.put(kind, all);
        for (IntuneObject o : all) {
          if (o.markerKey().isPresent()) {
            assignments.put(o.id(), gateway.assignments(directoryId, kind, o.id()));
          }
        }
      } catch (PermissionMissing e) {
        unreadable.put(kind, e.getMessage());
      }
    }
    List<MtdConnectorState> connectors;
    try {
      connectors = gateway.mtdConnectors(directoryId);
    } catch (PermissionMissing e) {
      connectors = List.of();
    } catch (GraphFailure e) {
      throw e;
    }
    return new IntuneSnapshot(objects, assignments, connectors, grantedPermissions, unreadable);
  }
}
