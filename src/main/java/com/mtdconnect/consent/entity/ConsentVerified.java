package com.mtdconnect.consent.entity;

/**
 * CDI event: the tenant's consent was verified with Microsoft (after a customer's approval, or a
 * drift check that found it restored), fired once the transaction that recorded it committed.
 * Polling observes it to schedule the tenant's rounds and to un-park a tenant parked for lost
 * consent; consent itself knows nothing of polling.
 *
 * @param tenantId the registry's id of the tenant
 * @param status where the consent stands now (consented, or partially)
 */
public record ConsentVerified(long tenantId, ConsentStatus status) {}
