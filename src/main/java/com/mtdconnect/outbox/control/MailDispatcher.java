package com.mtdconnect.outbox.control;

import com.mtdconnect.outbox.entity.Delivery;
import com.mtdconnect.outbox.entity.MailMessage;
import com.mtdconnect.outbox.entity.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Keeps every mail in the outbox and delivers it at once ({@link MailDelivery}: SMTP in the
 * product), recording the outcome. Runs in the caller's transaction, so a mail exists exactly when
 * the change that sent it does.
 */
@ApplicationScoped
public class MailDispatcher {
  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

  @PersistenceContext EntityManager em;
  @Inject MailDelivery delivery;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public OutboxMail dispatch(MailMessage message, String sentBy) {
    LocalDateTime now = LocalDateTime.now(clock);
    OutboxMail mail =
        new OutboxMail(
            message.tenantId(),
            message.recipient(),
            message.subject(),
            message.body(),
            sentBy,
            now);
    try {
      mail.delivered(delivery.deliver(message, now.toInstant(ZoneOffset.UTC)), null, now);
    } catch (MessagingException e) {
      String reason = plainReason(e);
      LOG.warning(() -> "Mail to tenant " + message.tenantId() + " not delivered: " + reason);
      mail.delivered(Delivery.FAILED, reason, now);
    }
    em.persist(mail);
    return mail;
  }

  private static String plainReason(MessagingException e) {
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return text.length() > 900 ? text.substring(0, 900) : text;
  }
}
