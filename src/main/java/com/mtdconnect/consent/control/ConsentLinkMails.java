package com.mtdconnect.consent.control;

import com.mtdconnect.consent.entity.ConsentLink;
import com.mtdconnect.outbox.control.MailDispatcher;
import com.mtdconnect.outbox.entity.Delivery;
import com.mtdconnect.outbox.entity.OutboxMail;
import com.mtdconnect.tenancy.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Sends consent links to a tenant's contact through the outbox. */
@ApplicationScoped
public class ConsentLinkMails {

  @Inject MailDispatcher dispatcher;
  @Inject ConsentSettings settings;

  /**
   * Sends the mail; throws {@link MailNotDelivered} when the mail server refused it, without
   * marking the caller's transaction for rollback (the Failed outbox entry is written in it and
   * stays).
   */
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = MailNotDelivered.class)
  public OutboxMail send(ConsentLink link, String url, Tenant tenant, String sentBy) {
    OutboxMail mail =
        dispatcher.dispatch(
            ConsentMails.linkMail(
                link,
                url,
                tenant.getDisplayName(),
                tenant.getContactName(),
                tenant.getContactEmail(),
                settings.mspName()),
            sentBy);
    if (mail.getDelivery() == Delivery.FAILED) {
      throw new MailNotDelivered(mail.getDeliveryError());
    }
    return mail;
  }
}
