package com.mtdconnect.platform.entity;

import java.util.Set;

/**
 * Who a background run's work acts for: the staff member who started (approved, retried) it. Their
 * permission is checked on every tenant the run works on, and the audit log names them.
 */
public record RunActor(
    String username, String displayName, Set<String> entraGroups, String clientAddress) {}
