/**
 * Outbox: the mails the portal sends customers (consent links). Every mail is kept and delivered at
 * once through {@code MailDelivery}: by SMTP in the product (Jakarta Mail, settings {@code
 * mail.smtp.*}), the outcome kept with it; the demo layer's delivery leaves it in the outbox, which
 * staff read on the outbox page instead of a mailbox.
 */
package com.mtdconnect.outbox;
