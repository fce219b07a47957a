package org.monetization.testing.architecture.widget;

import org.monetization.testing.architecture.widget.internal.WidgetEngine;

/** Architecture fixture: uses its own area's implementation without exposing it; breaks no rule. */
public final class Clean {
  private final WidgetEngine engine = new WidgetEngine();

  /** Returns a description. */
  public String describe() {
    return engine.toString();
  }
}
