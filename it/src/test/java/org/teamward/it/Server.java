package org.teamward.it;

import java.net.URL;

/** Where the one deployment under test answers, shared by all nested test groups. */
final class Server {

  private static String base;

  private Server() {}

  static void base(URL url) {
    String s = url.toExternalForm();
    base = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  static String base() {
    if (base == null) {
      throw new IllegalStateException("The deployment is not up yet.");
    }
    return base;
  }
}
