package org.teamward.web.hardening;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Whether a request reached us over HTTPS: directly, or through a trusted proxy ({@code
 * teamward.trusted-proxies}, comma-separated CIDRs, default none) that says so in {@code
 * X-Forwarded-Proto}. From anyone else that header is ignored, as it could be forged.
 */
final class ForwardedHttps {

  private final List<IPAddress> trustedProxies;

  ForwardedHttps(String cidrs) {
    this.trustedProxies =
        Arrays.stream(cidrs == null ? new String[0] : cidrs.split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(s -> new IPAddressString(s).getAddress())
            .filter(Objects::nonNull)
            .toList();
  }

  boolean isHttps(HttpServletRequest request) {
    return isHttps(
        request.isSecure(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
  }

  boolean isHttps(boolean secure, String peer, String forwardedProto) {
    if (secure) {
      return true;
    }
    if (forwardedProto == null || !isTrusted(peer)) {
      return false;
    }
    // A chain of proxies appends; the value nearest to us was set by the trusted one.
    String[] hops = forwardedProto.split(",");
    return hops[hops.length - 1].trim().equalsIgnoreCase("https");
  }

  private boolean isTrusted(String peer) {
    IPAddress address = peer == null ? null : new IPAddressString(peer).getAddress();
    return address != null && trustedProxies.stream().anyMatch(p -> p.contains(address));
  }
}
