package com.mtdconnect.provisioning.control;

/** What one apply step did: the Intune object it concerns and a note in words. */
public record StepOutcome(String objectId, String note) {}
