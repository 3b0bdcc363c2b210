package org.teamward.architecture.cycle.first;

import org.teamward.architecture.cycle.second.Egg;

/** One half of an import cycle, which the package rule must catch. */
public class Chicken {
  public Egg lay() {
    return new Egg();
  }
}
