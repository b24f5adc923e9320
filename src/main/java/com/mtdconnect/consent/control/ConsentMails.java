package com.mtdconnect.consent.control;

import com.mtdconnect.consent.entity.ConsentLink;
import com.mtdconnect.consent.entity.LinkPurpose;
import com.mtdconnect.consent.entity.RequiredPermission;
import com.mtdconnect.outbox.entity.MailMessage;
import java.time.format.DateTimeFormatter;

/** The wording of the mails that carry consent links to customers. */
final class ConsentMails {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");

  private ConsentMails() {}

  static MailMessage linkMail(
      ConsentLink link,
      String url,
      String tenantName,
      String contactName,
      String contactEmail,
      String mspName) {
    boolean again = link.getPurpose() == LinkPurpose.RECONSENT;
    String subject =
        again
            ? mspName + ": please approve our mobile security app again for " + tenantName
            : mspName + ": approve our mobile security app for " + tenantName;
    StringBuilder body = new StringBuilder();
    body.append("Hello ").append(contactName).append(",\n\n");
    if (again) {
      body.append(
          "Some permissions of our mobile threat defense integration are no longer granted in "
              + tenantName
              + ":\n");
      for (RequiredPermission p : link.getRequestedPermissions()) {
        body.append("  - ")
            .append(p.getPermissionName())
            .append(": ")
            .append(p.getWhy())
            .append('\n');
      }
      body.append("\nA global administrator of your organization can approve them again here:\n");
    } else {
      body.append(
          "To connect "
              + tenantName
              + " to our mobile threat defense service, a global administrator of your"
              + " organization needs to approve our app in Microsoft Entra ID. The page below"
              + " explains every permission we ask for and why, then takes you to Microsoft:\n");
    }
    body.append("\n  ").append(url).append("\n\n");
    body.append("The link works until ")
        .append(DAY.format(link.getExpiresAt()))
        .append(" UTC. Only use it if you expected it from us.\n\n");
    body.append(mspName).append('\n');
    return new MailMessage(link.getTenantId(), contactEmail, subject, body.toString());
  }
}
