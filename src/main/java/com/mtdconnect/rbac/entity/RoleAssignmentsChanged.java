package com.mtdconnect.rbac.entity;

/**
 * A CDI event: roles or role assignments changed. Lets permissions already worked out for the
 * current request be worked out again.
 */
public record RoleAssignmentsChanged(String by) {}
