package com.mtdconnect.simulator.entity;

/** A simulated directory user, materialised on demand. */
public record SimUser(int index, String id, String displayName, String userPrincipalName) {}
