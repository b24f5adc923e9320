package com.mtdconnect.outbox.control;

import com.mtdconnect.outbox.entity.Delivery;
import com.mtdconnect.outbox.entity.MailMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail through the SMTP server in configuration: {@code mail.smtp.host}, {@code
 * mail.smtp.port} (587), {@code mail.smtp.starttls} (true), {@code mail.smtp.user} and {@code
 * mail.smtp.password} (optional), {@code mail.from}, with connect and read timeouts so a dead
 * server cannot hold a request.
 */
@ApplicationScoped
public class SmtpSender implements MailDelivery {

  @Inject
  @ConfigProperty(name = "mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "mail.smtp.port", defaultValue = "587")
  int port;

  @Inject
  @ConfigProperty(name = "mail.smtp.starttls", defaultValue = "true")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "mail.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "mail.from", defaultValue = "MTD Connect <no-reply@localhost>")
  String from;

  /** Settings for use outside the container (tests). */
  public static SmtpSender of(String host, int port, boolean startTls, String from) {
    SmtpSender sender = new SmtpSender();
    sender.host = Optional.of(host);
    sender.port = port;
    sender.startTls = startTls;
    sender.user = Optional.empty();
    sender.password = Optional.empty();
    sender.from = from;
    return sender;
  }

  public boolean isConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  @Override
  public Delivery deliver(MailMessage mail, Instant sentAt) throws MessagingException {
    send(mail, sentAt);
    return Delivery.SENT;
  }

  @Override
  public String whereMailsGo() {
    return isConfigured()
        ? "Mails sent to customers, with what the mail server said."
        : "No mail server is configured (mail.smtp.host): mails are kept here as not delivered;"
            + " copy the link from the tenant's page and send it yourself.";
  }

  /**
   * Sends the mail, dated {@code sentAt}; throws with a message fit for the operator when it
   * cannot.
   */
  public void send(MailMessage mail, Instant sentAt) throws MessagingException {
    if (!isConfigured()) {
      throw new MessagingException(
          "No mail server is configured (mail.smtp.host); copy the link and send it yourself.");
    }
    Properties props = new Properties();
    props.put("mail.smtp.host", host.get());
    props.put("mail.smtp.port", String.valueOf(port));
    props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    props.put("mail.smtp.starttls.required", String.valueOf(startTls));
    props.put("mail.smtp.connectiontimeout", "5000");
    props.put("mail.smtp.timeout", "10000");
    props.put("mail.smtp.writetimeout", "10000");
    Optional<String> login = user.filter(u -> !u.isBlank());
    props.put("mail.smtp.auth", String.valueOf(login.isPresent()));
    Session session =
        login.isPresent()
            ? Session.getInstance(
                props,
                new Authenticator() {
                  @Override
                  protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(login.get(), password.orElse(""));
                  }
                })
            : Session.getInstance(props);
    MimeMessage message = new MimeMessage(session);
    message.setFrom(
        new InternetAddress(from.isBlank() ? "MTD Connect <no-reply@localhost>" : from));
    message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.recipient()));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setText(mail.body(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(sentAt));
    Transport.send(message);
  }
}
