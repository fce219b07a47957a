package org.monetization.testing.architecture.widget.internal;

/** Architecture fixture: an area's implementation class. */
public final class WidgetEngine {
  /** Creates the engine. */
  public WidgetEngine() {}
}
