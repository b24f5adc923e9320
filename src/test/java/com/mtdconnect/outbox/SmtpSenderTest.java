package com.mtdconnect.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.outbox.control.SmtpSender;
import com.mtdconnect.outbox.entity.MailMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MailDateFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real Jakarta Mail client against a minimal SMTP server on loopback. */
class SmtpSenderTest {
  private static final Instant SENT_AT = Instant.parse("2026-12-03T09:15:00Z");

  @Test
  void aConsentMailReachesTheSmtpServerWithRecipientSubjectAndLink() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<List<String>> received =
          CompletableFuture.supplyAsync(() -> serveOne(server));
      SmtpSender.of("127.0.0.1", server.getLocalPort(), false, "MSP <msp@example.org>")
          .send(
              new MailMessage(
                  7L,
                  "admin@customer.example",
                  "Northwind MSP: approve our mobile security app for Contoso",
                  "Open https://portal.example/consent/customer/approve.xhtml?link=c1.7.1.x"),
              SENT_AT);
      List<String> session = received.get(10, TimeUnit.SECONDS);
      assertTrue(session.contains("RCPT TO:<admin@customer.example>"), session.toString());
      assertTrue(session.stream().anyMatch(l -> l.startsWith("MAIL FROM:<msp@example.org>")));
      assertTrue(session.stream().anyMatch(l -> l.contains("approve our mobile security app")));
      assertTrue(session.stream().anyMatch(l -> l.contains("approve.xhtml?link=c1.7.1.x")));
      String date = session.stream().filter(l -> l.startsWith("Date: ")).findFirst().orElseThrow();
      assertEquals(
          SENT_AT,
          new MailDateFormat().parse(date.substring(6)).toInstant(),
          "dated by the caller's clock");
    }
  }

  @Test
  void anUnreachableServerIsAPlainMessageNotAHang() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }
    MessagingException e =
        assertThrows(
            MessagingException.class,
            () ->
                SmtpSender.of("127.0.0.1", closedPort, false, "")
                    .send(new MailMessage(null, "a@b.example", "s", "b"), SENT_AT));
    assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
  }

  @Test
  void withoutAServerTheOperatorIsToldToCopyTheLink() {
    SmtpSender unconfigured = SmtpSender.of("", 25, false, "");
    MessagingException e =
        assertThrows(
            MessagingException.class,
            () -> unconfigured.send(new MailMessage(null, "a@b.example", "s", "b"), SENT_AT));
    assertEquals(
        "No mail server is configured (mail.smtp.host); copy the link and send it yourself.",
        e.getMessage());
  }

  /** Speaks just enough SMTP for one message; returns every line the client sent. */
  private static List<String> serveOne(ServerSocket server) {
    List<String> lines = new ArrayList<>();
    try (Socket socket = server.accept();
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
      socket.setSoTimeout(10_000);
      out.print("220 localhost test SMTP\r\n");
      out.flush();
      boolean data = false;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
        if (data) {
          if (line.equals(".")) {
            data = false;
            out.print("250 queued\r\n");
            out.flush();
          }
          continue;
        }
        String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line;
        switch (verb) {
          case "EHLO", "HELO" -> out.print("250 localhost\r\n");
          case "DATA" -> {
            data = true;
            out.print("354 go ahead\r\n");
          }
          case "QUIT" -> {
            out.print("221 bye\r\n");
            out.flush();
            return lines;
          }
          default -> out.print("250 ok\r\n");
        }
        out.flush();
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return lines;
  }
}
