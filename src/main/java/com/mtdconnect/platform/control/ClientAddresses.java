package com.mtdconnect.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that works out which address a request came from, for the audit log ("from where").
 * Behind a load balancer the socket's peer is the balancer, so the client is read from {@value
 * #FORWARDED_FOR}, but only as far as the hops that wrote it are trusted: the proxies named in
 * {@code portal.trusted-proxies} (comma-separated IPv4/IPv6 addresses or CIDR ranges; empty: trust
 * nobody and use the socket's peer).
 *
 * <p>The algorithm is the usual safe one: when the direct peer is not a trusted proxy, the header
 * is ignored (anybody can send one). Otherwise the header is walked from the right, hop by hop, and
 * the first address that is not a trusted proxy is the client. A malformed entry (a host name,
 * {@code unknown}, garbage) is never taken as the client and ends the walk: the hops to its left
 * were reported by a hop nobody can name, so the client is reported as the nearest trusted proxy
 * that was walked through. When every hop is a trusted proxy, the leftmost one is the client.
 *
 * <p>Parsing is literal only: no name is ever looked up in DNS.
 */
@ApplicationScoped
public class ClientAddresses {
  private static final Logger LOG = Logger.getLogger(ClientAddresses.class.getName());

  /** The header load balancers append the address of their peer to. */
  public static final String FORWARDED_FOR = "X-Forwarded-For";

  /** The setting naming the trusted proxies. */
  public static final String SETTING = "portal.trusted-proxies";

  @Inject
  @ConfigProperty(name = SETTING)
  Optional<String> trustedProxies;

  private List<AddressRange> trusted = List.of();

  /** Client addresses behind these trusted proxies, for use outside the container (tests). */
  public static ClientAddresses trusting(String trustedProxies) {
    ClientAddresses addresses = new ClientAddresses();
    addresses.trustedProxies = Optional.ofNullable(trustedProxies);
    addresses.parseSetting();
    return addresses;
  }

  /** Reads the setting once; a malformed entry stops the portal rather than trusting too much. */
  @PostConstruct
  void parseSetting() {
    List<AddressRange> ranges = new ArrayList<>();
    for (String entry : trustedProxies.orElse("").split(",")) {
      if (!entry.isBlank()) {
        ranges.add(
            AddressRange.parse(entry.strip())
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            SETTING
                                + ": \""
                                + entry.strip()
                                + "\" is neither an IP address nor a CIDR range")));
      }
    }
    trusted = List.copyOf(ranges);
  }

  /** Reads the setting at start, so that a malformed one fails the deployment at once. */
  void readAtStart(@Observes Startup startup) {
    LOG.info(
        () ->
            trusted.isEmpty()
                ? "No trusted proxies: the socket's peer is the client address"
                : "Trusted proxies (" + SETTING + "): " + trustedProxies.orElse("").strip());
  }

  /** The address the request came from. */
  public String of(HttpServletRequest request) {
    Enumeration<String> headers = trusted.isEmpty() ? null : request.getHeaders(FORWARDED_FOR);
    return of(request.getRemoteAddr(), headers == null ? List.of() : Collections.list(headers));
  }

  /**
   * The client address given the socket's peer and the values of every {@value #FORWARDED_FOR}
   * header of the request, in the order they arrived.
   */
  public String of(String peer, List<String> forwardedFor) {
    Optional<InetAddress> peerAddress = literal(peer);
    if (peerAddress.isEmpty() || !isTrusted(peerAddress.get())) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor == null ? List.<String>of() : forwardedFor) {
      if (header != null) {
        for (String hop : header.split(",", -1)) {
          hops.add(hop);
        }
      }
    }
    InetAddress nearest = peerAddress.get();
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<InetAddress> hop = hopAddress(hops.get(i).strip());
      if (hop.isEmpty()) {
        break;
      }
      nearest = hop.get();
      if (!isTrusted(nearest)) {
        break;
      }
    }
    return nearest == peerAddress.get() ? peer : nearest.getHostAddress();
  }

  /** Whether this address is one of the trusted proxies. */
  public boolean isTrusted(InetAddress address) {
    return trusted.stream().anyMatch(range -> range.contains(address));
  }

  /**
   * One {@value #FORWARDED_FOR} entry: an address, optionally with a port ({@code 192.0.2.1:443},
   * {@code [2001:db8::1]:443}) or in brackets, as some proxies write them.
   */
  static Optional<InetAddress> hopAddress(String hop) {
    if (hop.startsWith("[")) {
      int close = hop.indexOf(']');
      if (close < 0 || !(close == hop.length() - 1 || isPort(hop.substring(close + 1)))) {
        return Optional.empty();
      }
      return literal(hop.substring(1, close));
    }
    int colon = hop.indexOf(':');
    if (colon > 0 && colon == hop.lastIndexOf(':') && isPort(hop.substring(colon))) {
      return ipv4(hop.substring(0, colon)); // IPv4 with a port: IPv6 needs brackets for one
    }
    return literal(hop);
  }

  private static boolean isPort(String suffix) {
    return suffix.length() >= 2
        && suffix.length() <= 6
        && suffix.charAt(0) == ':'
        && suffix.substring(1).chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * An IP address literal (dotted-quad IPv4 or IPv6), never looked up; empty for anything else. An
   * IPv4-mapped IPv6 address counts as its IPv4 address.
   */
  static Optional<InetAddress> literal(String text) {
    if (text == null || text.isEmpty() || text.length() > 45) {
      return Optional.empty();
    }
    if (text.indexOf(':') < 0) {
      return ipv4(text);
    }
    if (!text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
      return Optional.empty(); // no zone ids, no names
    }
    try {
      // brackets make the JDK parse an IPv6 literal or fail; it never asks DNS for one
      return Optional.of(InetAddress.getByName("[" + text + "]"));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** A strict dotted quad: four decimal parts 0-255, no leading zeros, no shorthand. */
  private static Optional<InetAddress> ipv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      String part = parts[i];
      if (part.isEmpty()
          || part.length() > 3
          || (part.length() > 1 && part.charAt(0) == '0')
          || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Optional.empty();
      }
      int value = Integer.parseInt(part);
      if (value > 255) {
        return Optional.empty();
      }
      bytes[i] = (byte) value;
    }
    try {
      return Optional.of(InetAddress.getByAddress(bytes));
    } catch (UnknownHostException e) {
      return Optional.empty(); // only for a wrong length, which cannot happen here
    }
  }

  /** An address or a CIDR range of trusted proxies. */
  record AddressRange(byte[] network, int prefixLength) {

    static Optional<AddressRange> parse(String text) {
      int slash = text.indexOf('/');
      Optional<InetAddress> address = literal(slash < 0 ? text : text.substring(0, slash));
      if (address.isEmpty()) {
        return Optional.empty();
      }
      byte[] network = address.get().getAddress();
      int bits = network.length * 8;
      int prefix = bits;
      if (slash >= 0) {
        String length = text.substring(slash + 1);
        if (length.isEmpty()
            || length.length() > 3
            || !length.chars().allMatch(c -> c >= '0' && c <= '9')) {
          return Optional.empty();
        }
        prefix = Integer.parseInt(length);
        if (prefix > bits) {
          return Optional.empty();
        }
      }
      return Optional.of(new AddressRange(network, prefix));
    }

    boolean contains(InetAddress address) {
      byte[] candidate = address.getAddress();
      if (candidate.length != network.length) {
        return false;
      }
      int whole = prefixLength / 8;
      for (int i = 0; i < whole; i++) {
        if (candidate[i] != network[i]) {
          return false;
        }
      }
      int rest = prefixLength % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (candidate[whole] & mask) == (network[whole] & mask);
    }
  }
}
