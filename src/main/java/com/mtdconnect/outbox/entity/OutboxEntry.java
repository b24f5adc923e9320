package com.mtdconnect.outbox.entity;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mail as the outbox page shows it: with the name of the tenant it is about, and its body in
 * parts, the web addresses among them as links. A reader who may not send consent links sees the
 * mail without its addresses: a consent link is a live credential for the customer's approval.
 */
public record OutboxEntry(
    Long id,
    LocalDateTime createdAt,
    String recipient,
    String subject,
    String createdBy,
    Delivery delivery,
    String deliveryError,
    String tenantName,
    boolean linksShown,
    List<BodyPart> body)
    implements Serializable {

  private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"]+");
  static final String HIDDEN = "[link hidden: only staff who may send consent links see it]";

  /** A piece of the body: text, or a web address to show as a link. */
  public record BodyPart(String text, boolean link) implements Serializable {
    // Jakarta EL 5 reads bean getters, not record accessors

    public String getText() {
      return text;
    }

    public boolean isLink() {
      return link;
    }
  }

  public OutboxEntry {
    body = List.copyOf(body);
  }

  /** The entry for a mail; its addresses become links, or are hidden when {@code !linksShown}. */
  public static OutboxEntry of(OutboxMail mail, String tenantName, boolean linksShown) {
    return new OutboxEntry(
        mail.getId(),
        mail.getCreatedAt(),
        mail.getRecipient(),
        mail.getSubject(),
        mail.getCreatedBy(),
        mail.getDelivery(),
        mail.getDeliveryError(),
        tenantName,
        linksShown,
        parts(mail.getBody(), linksShown));
  }

  static List<BodyPart> parts(String body, boolean linksShown) {
    List<BodyPart> parts = new ArrayList<>();
    Matcher address = ADDRESS.matcher(body == null ? "" : body);
    int from = 0;
    while (address.find()) {
      if (address.start() > from) {
        parts.add(new BodyPart(body.substring(from, address.start()), false));
      }
      parts.add(linksShown ? new BodyPart(address.group(), true) : new BodyPart(HIDDEN, false));
      from = address.end();
    }
    if (body != null && from < body.length()) {
      parts.add(new BodyPart(body.substring(from), false));
    }
    return parts;
  }

  // Jakarta EL 5 (Jakarta EE 10) reads bean getters, not record accessors: the page's view of it

  public Long getId() {
    return id;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public String getDeliveryError() {
    return deliveryError;
  }

  public String getTenantName() {
    return tenantName;
  }

  public boolean isLinksShown() {
    return linksShown;
  }

  public List<BodyPart> getBody() {
    return body;
  }
}
