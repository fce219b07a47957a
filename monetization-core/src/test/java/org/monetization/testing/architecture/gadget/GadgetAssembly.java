package org.monetization.testing.architecture.gadget;

import org.monetization.testing.architecture.widget.internal.WidgetEngine;

/** Architecture fixture: another area reaching into the widget area's implementation. */
public final class GadgetAssembly {
  private final WidgetEngine borrowed = new WidgetEngine();

  /** Returns a description. */
  public String describe() {
    return borrowed.toString();
  }
}
