package org.teamward.security;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's IP address, as used for "last used from" and for IP allow-lists. It is the socket
 * peer, unless that peer is a configured trusted proxy ({@code TEAMWARD_TRUSTED_PROXIES}, a
 * comma-separated CIDR list); only then does {@code X-Forwarded-For} (or, without it, the {@code
 * for=} elements of RFC 7239 {@code Forwarded}) count, read from the right and skipping further
 * trusted proxies, so that a client cannot forge its address.
 */
@ApplicationScoped
public class ClientAddress {

  private List<IPAddress> trustedProxies = List.of();

  @Inject
  @ConfigProperty(name = "teamward.trusted-proxies")
  Optional<String> trustedProxiesSetting;

  @PostConstruct
  void configure() {
    trustedProxies = parse(trustedProxiesSetting.orElse(""));
  }

  /** A resolver trusting exactly these proxies, for code that CDI does not reach, and tests. */
  public static ClientAddress trusting(String cidrs) {
    ClientAddress address = new ClientAddress();
    address.trustedProxies = parse(cidrs);
    return address;
  }

  /**
   * The trusted proxies of the setting.
   *
   * @throws IllegalArgumentException naming the setting and the first entry that is no address or
   *     network: dropping it would quietly ignore a proxy the operator meant to trust (start-up
   *     checks the setting first, see the domain's {@code Settings})
   */
  static List<IPAddress> parse(String cidrs) {
    List<IPAddress> result = new ArrayList<>();
    for (String part : cidrs.split(",")) {
      if (!part.isBlank()) {
        IPAddress address = new IPAddressString(part.trim()).getAddress();
        if (address == null) {
          String shown = part.trim().length() > 80 ? part.trim().substring(0, 80) : part.trim();
          throw new IllegalArgumentException(
              "TEAMWARD_TRUSTED_PROXIES (teamward.trusted-proxies): '"
                  + shown
                  + "' is no IPv4 or IPv6 address or network, such as 10.0.0.0/8 or ::1/128");
        }
        result.add(address);
      }
    }
    return List.copyOf(result);
  }

  public String of(HttpServletRequest request) {
    String forwardedFor = request.getHeader("X-Forwarded-For");
    return resolve(
        request.getRemoteAddr(),
        forwardedFor != null ? forwardedFor : forwardedElements(request.getHeader("Forwarded")));
  }

  /**
   * The {@code for=} addresses of a {@code Forwarded} header as an X-Forwarded-For list: quotes,
   * IPv6 brackets and ports removed. An obfuscated or unknown hop stays as it is and makes the
   * header worthless, as an unparseable X-Forwarded-For hop does.
   */
  static String forwardedElements(String forwarded) {
    if (forwarded == null) {
      return null;
    }
    List<String> hops = new ArrayList<>();
    for (String element : forwarded.split(",")) {
      for (String pair : element.split(";")) {
        String[] nameValue = pair.trim().split("=", 2);
        if (nameValue.length == 2 && nameValue[0].trim().equalsIgnoreCase("for")) {
          hops.add(stripPortAndQuotes(nameValue[1].trim()));
        }
      }
    }
    return hops.isEmpty() ? null : String.join(",", hops);
  }

  private static String stripPortAndQuotes(String value) {
    String v = value.replace("\"", "");
    if (v.startsWith("[")) {
      int close = v.indexOf(']');
      return close > 0 ? v.substring(1, close) : v;
    }
    int colon = v.indexOf(':');
    return colon > 0 && v.indexOf(':', colon + 1) < 0 ? v.substring(0, colon) : v;
  }

  /**
   * Whether the request reached us over HTTPS: directly, or through a trusted proxy that says so in
   * {@code X-Forwarded-Proto}. From anyone else that header is ignored, as it could be forged.
   */
  public boolean isHttps(HttpServletRequest request) {
    return isHttps(
        request.isSecure(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
  }

  boolean isHttps(boolean secure, String peer, String forwardedProto) {
    if (secure) {
      return true;
    }
    if (forwardedProto == null || peer == null || !isTrusted(peer)) {
      return false;
    }
    // A chain of proxies appends; the value nearest to us was set by the trusted one.
    String[] hops = forwardedProto.split(",");
    return hops[hops.length - 1].trim().equalsIgnoreCase("https");
  }

  String resolve(String peer, String forwardedFor) {
    if (forwardedFor == null || !isTrusted(peer)) {
      return normalise(peer);
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      IPAddress address = new IPAddressString(hop).getAddress();
      if (address == null) {
        return normalise(peer);
      }
      if (!isTrusted(hop)) {
        return address.toCanonicalString();
      }
    }
    return normalise(peer);
  }

  private boolean isTrusted(String ip) {
    IPAddress address = new IPAddressString(ip).getAddress();
    return address != null && trustedProxies.stream().anyMatch(p -> p.contains(address));
  }

  private static String normalise(String ip) {
    IPAddress address = new IPAddressString(ip).getAddress();
    return address == null ? ip : address.toCanonicalString();
  }
}
