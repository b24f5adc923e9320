package com.mtdconnect.outbox.control;

import com.mtdconnect.outbox.entity.Delivery;
import com.mtdconnect.outbox.entity.MailMessage;
import jakarta.mail.MessagingException;
import java.time.Instant;

/**
 * How a mail leaves the portal. The product delivers by SMTP ({@link SmtpSender}); the demo layer,
 * which the production WAR does not contain, replaces it with a mailbox that keeps mails in the
 * outbox.
 */
public interface MailDelivery {

  /**
   * Delivers the mail, dated {@code sentAt}, and says what became of it; throws with a plain reason
   * when it cannot.
   */
  Delivery deliver(MailMessage mail, Instant sentAt) throws MessagingException;

  /** One sentence for the outbox page: where the portal's mails go. */
  String whereMailsGo();
}
