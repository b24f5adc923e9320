package com.mtdconnect.outbox.entity;

/**
 * A plain-text mail to send.
 *
 * @param tenantId the customer tenant it concerns (scopes who may read it in the outbox), or null
 * @param recipient the address
 * @param subject the subject line
 * @param body the plain-text body
 */
public record MailMessage(Long tenantId, String recipient, String subject, String body) {}
