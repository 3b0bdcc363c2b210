package org.teamward.it.support;

import java.net.URL;

/** Where the one deployment under test answers, shared by all nested test groups. */
public final class Server {

  private static String base;

  private Server() {}

  public static void base(URL url) {
    base(url.toExternalForm());
  }

  /** Points the suite's helpers at another server: a node of the cluster, or its proxy. */
  public static void base(String url) {
    base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * The same address with the host 127.0.0.1, where the identity provider's realm allows redirects
   * back to (any port), whatever name the container reported.
   */
  public static String loopback() {
    java.net.URI uri = java.net.URI.create(base());
    return uri.getScheme() + "://127.0.0.1:" + uri.getPort();
  }

  public static String base() {
    if (base == null) {
      throw new IllegalStateException("The deployment is not up yet.");
    }
    return base;
  }
}
