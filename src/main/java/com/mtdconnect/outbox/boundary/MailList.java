package com.mtdconnect.outbox.boundary;

import com.mtdconnect.outbox.control.MailDelivery;
import com.mtdconnect.outbox.entity.OutboxMail;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** The outbox page: the newest mails, one of them open. */
@Named
@ViewScoped
public class MailList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Outbox outbox;
  @Inject MailDelivery delivery;

  private List<OutboxMail> mails;
  private OutboxMail selected;

  public void load() {
    mails = outbox.newest(200);
    if (selected == null && !mails.isEmpty()) {
      selected = mails.get(0);
    }
  }

  public List<OutboxMail> getMails() {
    return mails;
  }

  public OutboxMail getSelected() {
    return selected;
  }

  public void setSelected(OutboxMail selected) {
    this.selected = selected;
  }

  public String getWhereMailsGo() {
    return delivery.whereMailsGo();
  }
}
