package org.monetization.testing.architecture.cyclea;

import org.monetization.testing.architecture.cycleb.Egg;

/** Architecture fixture: one half of a package cycle. */
public final class Chicken {
  /** Returns the egg it came from. */
  public Egg origin() {
    return new Egg();
  }
}
