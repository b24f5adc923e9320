package com.mtdconnect.graph.entity;

/**
 * A user of the MSP's own Entra tenant, as the role assignment picker needs them.
 *
 * @param id the Entra object id
 * @param displayName the name Entra shows
 * @param userPrincipalName the sign-in name (what the staff sign-in token's {@code
 *     preferred_username} carries)
 */
public record DirectoryUser(String id, String displayName, String userPrincipalName) {}
