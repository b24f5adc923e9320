package com.mtdconnect.policies.boundary;

import com.mtdconnect.policies.entity.PolicyVersion;
import com.mtdconnect.policies.entity.ValueChange;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The versions panel's state on a policy page: the versions (newest first), the two picked for
 * comparison (by default the previous and the latest) and what changed between them.
 */
public class VersionComparison implements Serializable {
  private static final long serialVersionUID = 1L;

  private List<PolicyVersion> versions = List.of();
  private Integer from;
  private Integer to;
  private List<ValueChange> changes = List.of();
  private boolean compared;

  /** Takes a fresh list of versions and picks the previous and the latest. */
  void reset(List<PolicyVersion> newestFirst) {
    versions = new ArrayList<>(newestFirst);
    to = versions.isEmpty() ? null : versions.get(0).getNumber();
    from = versions.size() < 2 ? to : versions.get(1).getNumber();
    changes = List.of();
    compared = false;
  }

  void show(List<ValueChange> changes) {
    this.changes = List.copyOf(changes);
    compared = true;
  }

  public List<PolicyVersion> getVersions() {
    return versions;
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to;
  }

  public void setTo(Integer to) {
    this.to = to;
  }

  public List<ValueChange> getChanges() {
    return changes;
  }

  public boolean isCompared() {
    return compared;
  }

  public boolean isComparable() {
    return versions.size() > 1;
  }
}
