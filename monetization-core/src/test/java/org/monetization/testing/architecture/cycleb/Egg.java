package org.monetization.testing.architecture.cycleb;

import org.monetization.testing.architecture.cyclea.Chicken;

/** Architecture fixture: the other half of a package cycle. */
public final class Egg {
  /** Returns what hatches. */
  public Chicken hatch() {
    return new Chicken();
  }
}
