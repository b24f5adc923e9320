package com.mtdconnect.provisioning.entity;

/** An Entra user group the operator targeted, with its name as shown when chosen. */
public record TargetGroup(String groupId, String displayName) {}
