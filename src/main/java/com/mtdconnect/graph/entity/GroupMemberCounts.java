package com.mtdconnect.graph.entity;

/** How many users and devices a group holds, members of nested groups included. */
public record GroupMemberCounts(int users, int devices) {}
