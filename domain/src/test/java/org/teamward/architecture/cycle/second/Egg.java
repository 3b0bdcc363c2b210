package org.teamward.architecture.cycle.second;

import org.teamward.architecture.cycle.first.Chicken;

/** The other half of the import cycle. */
public class Egg {
  public Chicken hatch() {
    return new Chicken();
  }
}
