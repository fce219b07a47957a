package org.monetization.testing.architecture.widget;

import java.util.List;
import org.monetization.testing.architecture.widget.internal.WidgetEngine;

/** Architecture fixture: an API class that wrongly exposes its implementation. */
public final class Widgets {
  /** Violation: a public field of an internal type. */
  public WidgetEngine spare = new WidgetEngine();

  private final WidgetEngine hidden;

  /** Violation: a public constructor taking an internal type. */
  public Widgets(WidgetEngine engine) {
    this.hidden = engine;
  }

  /** Violation: returns an internal type. */
  public WidgetEngine engine() {
    return hidden;
  }

  /** Violation: an internal type as a type argument. */
  public List<WidgetEngine> engines() {
    return List.of(hidden);
  }

  /** Fine: package-private members may use internal types. */
  WidgetEngine internalUse() {
    return hidden;
  }
}
