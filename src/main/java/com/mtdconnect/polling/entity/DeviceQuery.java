package com.mtdconnect.polling.entity;

import com.mtdconnect.provisioning.entity.Platform;
import java.util.Optional;

/**
 * One page of a tenant's devices for the drill-down: platform, in scope or left it, an install
 * state or all, text in the device or user name.
 */
public record DeviceQuery(
    Platform platform,
    boolean inScope,
    Optional<InstallState> state,
    String text,
    int first,
    int pageSize) {

  public DeviceQuery {
    text = text == null ? "" : text.trim();
    pageSize = Math.max(1, Math.min(pageSize, 200));
    first = Math.max(0, first);
  }
}
