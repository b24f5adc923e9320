package com.mtdconnect.graph.entity;

/** What the gateway counted for one tenant so far: HTTP calls and, of them, 429 answers. */
public record CallTotals(long calls, long throttled) {}
