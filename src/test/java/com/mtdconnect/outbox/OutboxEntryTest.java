package com.mtdconnect.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.mtdconnect.outbox.entity.OutboxEntry;
import com.mtdconnect.outbox.entity.OutboxEntry.BodyPart;
import com.mtdconnect.outbox.entity.OutboxMail;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxEntryTest {

  private static final String BODY =
      "Hello,\nplease approve: https://portal.example/consent/customer/approve.xhtml?link=abc.def\n"
          + "Thanks.";

  private static OutboxMail mail(String body) {
    return new OutboxMail(7L, "it@contoso.example", "Approve", body, "ops", LocalDateTime.now());
  }

  @Test
  void addressesBecomeLinksForThoseWhoMaySendConsentLinks() {
    OutboxEntry entry = OutboxEntry.of(mail(BODY), "Contoso", true);
    assertEquals(
        List.of(
            new BodyPart("Hello,\nplease approve: ", false),
            new BodyPart(
                "https://portal.example/consent/customer/approve.xhtml?link=abc.def", true),
            new BodyPart("\nThanks.", false)),
        entry.body());
  }

  @Test
  void addressesAreHiddenFromOthers() {
    OutboxEntry entry = OutboxEntry.of(mail(BODY), "Contoso", false);
    assertFalse(entry.body().stream().anyMatch(BodyPart::link));
    String shown = entry.body().stream().map(BodyPart::text).reduce("", String::concat);
    assertFalse(shown.contains("link=abc"), shown);
    assertEquals(3, entry.body().size());
  }

  @Test
  void aBodyWithoutAddressesIsOnePart() {
    assertEquals(
        List.of(new BodyPart("No link here.", false)),
        OutboxEntry.of(mail("No link here."), null, true).body());
  }
}
