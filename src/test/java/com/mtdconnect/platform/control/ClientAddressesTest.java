package com.mtdconnect.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private static final ClientAddresses BEHIND_BALANCER =
      ClientAddresses.trusting("10.0.0.0/8, 192.0.2.10, 2001:db8:1::/48, ::1");

  private static String client(ClientAddresses addresses, String peer, String... forwardedFor) {
    return addresses.of(peer, List.of(forwardedFor));
  }

  @Test
  void withoutTrustedProxiesTheSocketPeerIsTheClientWhateverTheHeaderSays() {
    ClientAddresses nobody = ClientAddresses.trusting("");
    assertEquals("10.1.2.3", client(nobody, "10.1.2.3", "203.0.113.7"));
    assertEquals("10.1.2.3", client(nobody, "10.1.2.3"));
    assertEquals("10.1.2.3", ClientAddresses.trusting(null).of("10.1.2.3", List.of("1.1.1.1")));
    assertEquals("10.1.2.3", ClientAddresses.trusting(" , ").of("10.1.2.3", List.of("1.1.1.1")));
  }

  @Test
  void aSpoofedHeaderFromAnUntrustedPeerIsIgnored() {
    assertEquals("198.51.100.4", client(BEHIND_BALANCER, "198.51.100.4", "10.0.0.1"));
    assertEquals("198.51.100.4", client(BEHIND_BALANCER, "198.51.100.4", "203.0.113.7"));
    assertEquals(
        "2001:db8:2:0:0:0:0:5", client(BEHIND_BALANCER, "2001:db8:2:0:0:0:0:5", "203.0.113.7"));
  }

  @Test
  void behindATrustedProxyTheForwardedClientIsTaken() {
    assertEquals("203.0.113.7", client(BEHIND_BALANCER, "10.0.0.2", "203.0.113.7"));
    assertEquals("203.0.113.7", client(BEHIND_BALANCER, "192.0.2.10", " 203.0.113.7 "));
  }

  @Test
  void theChainIsWalkedFromTheRightUpToTheFirstUntrustedHop() {
    // the client claims 1.1.1.1; the first proxy appends the real client, the second its peer
    assertEquals(
        "203.0.113.7", client(BEHIND_BALANCER, "10.0.0.2", "1.1.1.1, 203.0.113.7, 10.9.9.9"));
    assertEquals(
        "203.0.113.7", client(BEHIND_BALANCER, "10.0.0.2", "1.1.1.1, 203.0.113.7", "10.9.9.9"));
    assertEquals(
        "203.0.113.7",
        client(BEHIND_BALANCER, "10.0.0.2", "10.5.5.5, 203.0.113.7, 192.0.2.10, 10.9.9.9"),
        "a trusted address left of the client is the client's claim, not a hop");
  }

  @Test
  void whenEveryHopIsTrustedTheLeftmostIsTheClient() {
    assertEquals("10.5.5.5", client(BEHIND_BALANCER, "10.0.0.2", "10.5.5.5, 10.9.9.9"));
    assertEquals("10.0.0.2", client(BEHIND_BALANCER, "10.0.0.2"), "no header: the peer");
    assertEquals("10.0.0.2", client(BEHIND_BALANCER, "10.0.0.2", ""), "empty header: the peer");
  }

  @Test
  void malformedEntriesAreNeverTheClientAndEndTheWalk() {
    for (String malformed :
        List.of(
            "unknown",
            "evil.example",
            "localhost",
            "_hidden",
            "1.2.3",
            "1.2.3.4.5",
            "256.1.1.1",
            "01.2.3.4",
            "0x7f.0.0.1",
            "1.2.3.4:",
            "1.2.3.4:abc",
            "2001:db8::1%eth0",
            "2001:db8:::1",
            "[2001:db8::1",
            "[2001:db8::1]x",
            "<script>",
            "")) {
      assertEquals(
          "10.9.9.9",
          client(BEHIND_BALANCER, "10.0.0.2", "203.0.113.7, " + malformed + ", 10.9.9.9"),
          malformed);
      assertEquals("10.0.0.2", client(BEHIND_BALANCER, "10.0.0.2", malformed), malformed);
    }
    assertEquals(
        "203.0.113.7",
        client(BEHIND_BALANCER, "10.0.0.2", "garbage, 203.0.113.7, 10.9.9.9"),
        "garbage left of the client is not looked at");
  }

  @Test
  void ipv6PeersAndHopsWork() {
    assertEquals("2001:db8:9:0:0:0:0:1", client(BEHIND_BALANCER, "::1", "2001:db8:9::1"));
    assertEquals(
        "2001:db8:9:0:0:0:0:1",
        client(BEHIND_BALANCER, "0:0:0:0:0:0:0:1", "2001:db8:9::1, 2001:db8:1:ffff::2"));
    assertEquals(
        "203.0.113.7",
        client(BEHIND_BALANCER, "2001:db8:1:0:0:0:0:3", "203.0.113.7"),
        "an IPv6 proxy forwarding an IPv4 client");
    assertEquals(
        "2001:db8:9:0:0:0:0:1",
        client(BEHIND_BALANCER, "10.0.0.2", "2001:db8:9::1"),
        "an IPv4 proxy forwarding an IPv6 client");
  }

  @Test
  void hopsWithPortsOrBracketsAreUnderstood() {
    assertEquals("203.0.113.7", client(BEHIND_BALANCER, "10.0.0.2", "203.0.113.7:51234"));
    assertEquals("2001:db8:9:0:0:0:0:1", client(BEHIND_BALANCER, "10.0.0.2", "[2001:db8:9::1]"));
    assertEquals(
        "2001:db8:9:0:0:0:0:1", client(BEHIND_BALANCER, "10.0.0.2", "[2001:db8:9::1]:443"));
  }

  @Test
  void ipv4MappedAddressesCountAsTheirIpv4Address() {
    assertEquals("203.0.113.7", client(BEHIND_BALANCER, "::ffff:10.0.0.2", "203.0.113.7"));
    assertEquals("203.0.113.7", client(BEHIND_BALANCER, "10.0.0.2", "::ffff:203.0.113.7"));
  }

  @Test
  void cidrRangesMatchOnTheirPrefixOnly() {
    ClientAddresses ranges = ClientAddresses.trusting("172.16.0.0/12,fd00::/8,198.51.100.0/25");
    assertEquals("203.0.113.7", client(ranges, "172.31.255.254", "203.0.113.7"));
    assertEquals("172.32.0.1", client(ranges, "172.32.0.1", "203.0.113.7"));
    assertEquals("203.0.113.7", client(ranges, "198.51.100.127", "203.0.113.7"));
    assertEquals("198.51.100.128", client(ranges, "198.51.100.128", "203.0.113.7"));
    assertEquals("203.0.113.7", client(ranges, "fdff:ffff::1", "203.0.113.7"));
    assertEquals("fe00:0:0:0:0:0:0:1", client(ranges, "fe00:0:0:0:0:0:0:1", "203.0.113.7"));
    ClientAddresses everyone = ClientAddresses.trusting("0.0.0.0/0");
    assertEquals("203.0.113.7", client(everyone, "8.8.8.8", "203.0.113.7"));
    assertEquals("2001:db8::1", client(everyone, "2001:db8::1", "203.0.113.7"), "v4 range only");
  }

  @Test
  void aSingleAddressIsTrustedAlone() {
    assertEquals("203.0.113.7", client(BEHIND_BALANCER, "192.0.2.10", "203.0.113.7"));
    assertEquals("192.0.2.11", client(BEHIND_BALANCER, "192.0.2.11", "203.0.113.7"));
  }

  @Test
  void aMalformedSettingStopsThePortalInsteadOfTrustingTooMuch() {
    for (String setting :
        List.of("traefik", "10.0.0.0/33", "2001:db8::/129", "10.0.0.0/", "10.0.0.0/x", "10.0.0")) {
      IllegalStateException problem =
          assertThrows(IllegalStateException.class, () -> ClientAddresses.trusting(setting));
      assertTrue(problem.getMessage().contains(ClientAddresses.SETTING), problem.getMessage());
    }
  }

  @Test
  void addressLiteralsAreNeverLookedUp() {
    assertTrue(ClientAddresses.literal("localhost").isEmpty());
    assertTrue(ClientAddresses.literal("abc").isEmpty(), "hex letters alone are not an address");
    assertTrue(ClientAddresses.literal("dead.beef").isEmpty());
    assertFalse(ClientAddresses.literal("::").isEmpty());
  }
}
