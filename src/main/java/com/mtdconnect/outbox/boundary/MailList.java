package com.mtdconnect.outbox.boundary;

import com.mtdconnect.outbox.control.MailDelivery;
import com.mtdconnect.outbox.entity.OutboxEntry;
import com.mtdconnect.tenancy.entity.TenantChoice;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/** The outbox page: the newest mails, of all tenants in scope or of one, one of them open. */
@Named
@ViewScoped
public class MailList implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  @Inject Outbox outbox;
  @Inject MailDelivery delivery;

  private Long tenantId;
  private List<TenantChoice> tenants;
  private List<OutboxEntry> mails;
  private OutboxEntry selected;

  public void load() {
    tenants = outbox.tenantsWithMail();
    show();
  }

  /** The tenant filter changed: the newest mails of that tenant (or of all), the first one open. */
  public void tenantChosen() {
    selected = null;
    show();
  }

  private void show() {
    mails = outbox.newest(SHOWN, tenantId);
    if (selected == null && !mails.isEmpty()) {
      selected = mails.get(0);
    }
  }

  public List<OutboxEntry> getMails() {
    return mails;
  }

  public List<TenantChoice> getTenants() {
    return tenants;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public void setTenantId(Long tenantId) {
    this.tenantId = tenantId;
  }

  public OutboxEntry getSelected() {
    return selected;
  }

  public void setSelected(OutboxEntry selected) {
    this.selected = selected;
  }

  public String getWhereMailsGo() {
    return delivery.whereMailsGo();
  }
}
