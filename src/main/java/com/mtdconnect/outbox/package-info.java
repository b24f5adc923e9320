/**
 * Outbox: the mails the portal sends customers (consent links). Every mail is kept; in production
 * it is delivered by SMTP (Jakarta Mail, settings {@code mail.smtp.*}) and the outcome is kept with
 * it; in demo mode it stays in the outbox, which staff read on the outbox page instead of a
 * mailbox.
 */
package com.mtdconnect.outbox;
