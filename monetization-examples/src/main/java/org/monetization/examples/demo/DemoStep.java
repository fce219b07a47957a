package org.monetization.examples.demo;

/**
 * One step of the demo: a titled piece of work against the SDK that prints what it did. Steps of a chapter
 * run in order on the same {@link DemoContext}, so a step may rely on what earlier steps of its chapter
 * created.
 */
public interface DemoStep {

  /** Returns the title printed above the step's output, e.g. "Onboard customers". */
  String title();

  /**
   * Runs the step.
   *
   * @param context the SDK instance, the output and the demo's settings
   * @throws org.monetization.error.MonetizationException if the SDK rejects something the step expected
   *     to succeed; the demo then stops and reports it
   */
  void run(DemoContext context);
}
