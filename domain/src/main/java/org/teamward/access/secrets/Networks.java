package org.teamward.access.secrets;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.teamward.failure.Invalid;

/**
 * IP allow-lists of access authorisations: CIDR entries, IPv4 and IPv6, parsed by the IPAddress
 * library. An empty list allows every address.
 */
public final class Networks {

  static final int MAX_ENTRIES = 50;

  private Networks() {}

  /**
   * The entries in canonical form ({@code 10.20.0.0/16}, {@code ::1/128}); a bare address is a
   * network of one.
   *
   * @throws Invalid naming the first entry that is no address or network
   */
  public static Set<String> canonical(String field, Collection<String> entries) {
    if (entries.size() > MAX_ENTRIES) {
      throw new Invalid(field, "at most " + MAX_ENTRIES + " networks");
    }
    Set<String> result = new LinkedHashSet<>();
    for (String entry : entries) {
      result.add(parse(field, entry).toPrefixBlock().toCanonicalString());
    }
    return result;
  }

  private static IPAddress parse(String field, String entry) {
    String text = entry == null ? "" : entry.strip();
    try {
      IPAddress address = new IPAddressString(text).toAddress();
      if (address.getNetworkPrefixLength() == null) {
        return address.toPrefixBlock(address.getBitCount());
      }
      return address;
    } catch (AddressStringException | RuntimeException e) {
      throw new Invalid(
          field,
          "'"
              + (text.length() > 60 ? text.substring(0, 60) + "…" : text)
              + "' is no IPv4 or IPv6 address or network, such as 10.20.0.0/16 or 2001:db8::/32");
    }
  }

  /** Whether {@code clientIp} lies in one of {@code networks}; any address when there are none. */
  public static boolean allows(Collection<String> networks, String clientIp) {
    if (networks.isEmpty()) {
      return true;
    }
    IPAddress client = clientIp == null ? null : new IPAddressString(clientIp).getAddress();
    if (client == null) {
      return false;
    }
    // An IPv4 client may arrive as an IPv4-mapped IPv6 address (::ffff:10.0.0.1).
    IPAddress plain =
        client.isIPv6() && client.toIPv6().isIPv4Mapped()
            ? client.toIPv6().getEmbeddedIPv4Address()
            : client;
    for (String network : networks) {
      IPAddress allowed = new IPAddressString(network).getAddress();
      if (allowed != null
          && allowed.getIPVersion() == plain.getIPVersion()
          && allowed.contains(plain)) {
        return true;
      }
    }
    return false;
  }

  /** The longest address the columns hold: an IPv6 address in text. */
  public static final int MAX_IP_LENGTH = 45;

  /** The column holds an IPv6 address in text; a zone id is dropped, anything longer ignored. */
  public static String storableIp(String clientIp) {
    if (clientIp == null) {
      return null;
    }
    int zone = clientIp.indexOf('%');
    String ip = zone < 0 ? clientIp : clientIp.substring(0, zone);
    return ip.length() <= MAX_IP_LENGTH ? ip : null;
  }
}
