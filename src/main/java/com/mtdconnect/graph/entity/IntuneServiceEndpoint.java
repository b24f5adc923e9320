package com.mtdconnect.graph.entity;

/** An Intune service found through the Intune service principal's {@code endpoints}. */
public record IntuneServiceEndpoint(String providerName, String uri) {}
