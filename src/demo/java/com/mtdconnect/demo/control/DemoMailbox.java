package com.mtdconnect.demo.control;

import com.mtdconnect.outbox.control.MailDelivery;
import com.mtdconnect.outbox.entity.Delivery;
import com.mtdconnect.outbox.entity.MailMessage;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Instant;

/**
 * The demo's mail delivery: the demo's customers are simulated, so mails to them go nowhere; they
 * stay in the outbox, where a presenter opens the links as the customer would.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class DemoMailbox implements MailDelivery {

  @Override
  public Delivery deliver(MailMessage mail, Instant sentAt) {
    return Delivery.KEPT_IN_OUTBOX;
  }

  @Override
  public String whereMailsGo() {
    return "Demo: mails to customers are not sent anywhere; they land here instead, where you can"
        + " open the links as the customer would.";
  }
}
