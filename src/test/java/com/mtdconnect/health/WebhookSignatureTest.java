package com.mtdconnect.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.health.control.WebhookSignature;
import com.mtdconnect.health.control.WebhookUrls;
import com.mtdconnect.health.entity.AlertDelivery;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The webhook's signature, the addresses it may go to, and the retry backoff. */
class WebhookSignatureTest {

  @Test
  void theSignatureIsTheHexHmacSha256OfTheBody() {
    // RFC 4231, test case 2
    byte[] body = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        WebhookSignature.sign(body, "Jefe"));
    assertTrue(WebhookSignature.verify(body, "Jefe", WebhookSignature.sign(body, "Jefe")));
    assertFalse(WebhookSignature.verify(body, "other", WebhookSignature.sign(body, "Jefe")));
    assertFalse(
        WebhookSignature.verify(
            "what do ya want for nothing!".getBytes(StandardCharsets.UTF_8),
            "Jefe",
            WebhookSignature.sign(body, "Jefe")),
        "a changed body fails");
    assertFalse(WebhookSignature.verify(body, "Jefe", null));
  }

  @Test
  void webhooksUseHttpsAndLoopbackHttpOnlyWhenSwitchedOn() {
    WebhookUrls production = new WebhookUrls(false);
    assertTrue(production.problemWith("https://hooks.example.com/mtd").isEmpty());
    assertTrue(production.problemWith("").isEmpty(), "no webhook");
    assertTrue(production.problemWith("http://127.0.0.1:8080/hook").isPresent());
    assertTrue(production.problemWith("http://10.0.0.5/hook").isPresent());
    assertTrue(production.problemWith("ftp://hooks.example.com").isPresent());
    assertTrue(production.problemWith("https://user:pw@hooks.example.com").isPresent());
    assertTrue(production.problemWith("https:///nohost").isPresent());
    assertTrue(production.problemWith("not a url").isPresent());
    WebhookUrls tests = new WebhookUrls(true);
    assertTrue(tests.problemWith("http://127.0.0.1:8080/hook").isEmpty());
    assertTrue(tests.problemWith("http://localhost/hook").isEmpty());
    assertTrue(tests.problemWith("http://[::1]:9/hook").isEmpty());
    assertTrue(tests.problemWith("http://192.168.1.4/hook").isPresent(), "loopback only");
  }

  @Test
  void failedDeliveriesBackOffExponentiallyUpToTheCap() {
    Duration base = Duration.ofSeconds(30);
    Duration cap = Duration.ofMinutes(10);
    assertEquals(Duration.ofSeconds(30), AlertDelivery.backoff(1, base, cap));
    assertEquals(Duration.ofSeconds(60), AlertDelivery.backoff(2, base, cap));
    assertEquals(Duration.ofSeconds(120), AlertDelivery.backoff(3, base, cap));
    assertEquals(cap, AlertDelivery.backoff(6, base, cap));
    assertEquals(cap, AlertDelivery.backoff(60, base, cap));
  }
}
