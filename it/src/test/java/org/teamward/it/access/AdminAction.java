package org.teamward.it.access;

import org.teamward.it.support.Api;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Operation.Fixture;
import org.teamward.it.support.Operation.Outcome;

/**
 * One thing the administration matrix does to a target, through either channel. Arrange makes a
 * fresh target where it can; a change that succeeded on a shared one (the Administrators group, the
 * administrator's account) is undone by {@link #restore}.
 */
interface AdminAction {
  Fixture arrange();

  int api(Fixture f, Api.Device device);

  /** ALLOWED: submitted; REFUSED: the page offers no enabled control for it. */
  Outcome web(Fixture f, Browser b);

  String state(Fixture f);

  /** Undoes a change that succeeded on a shared target, acting as {@code device}. */
  default void restore(Fixture f, Api.Device device) {}
}
