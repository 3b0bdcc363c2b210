package org.teamward.it.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Every token and personal password the suite handled; none may ever reach the server log. */
public final class Secrets {

  private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

  private Secrets() {}

  public static void remember(String secret) {
    if (secret != null) {
      SEEN.add(secret);
    }
  }

  public static Set<String> all() {
    return Set.copyOf(SEEN);
  }
}
