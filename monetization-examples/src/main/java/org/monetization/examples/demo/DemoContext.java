package org.monetization.examples.demo;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.nio.file.Path;
import org.monetization.Monetization;

/**
 * What every demo step works with: the SDK instance, the output to print to, and the demo's settings.
 * Immutable; the SDK instance it holds is the state that steps share.
 *
 * @param monetization the SDK instance, over the store chosen with {@code --store}
 * @param out where the steps print what they did
 * @param csvFile where the customer export writes its CSV file
 * @param usageCsvFile where the rating chapter exports usage events as CSV
 * @param events the domain events published so far in this run
 */
public record DemoContext(
    Monetization monetization, PrintStream out, Path csvFile, Path usageCsvFile, PublishedEvents events) {

  /** Checks that every part is present. */
  public DemoContext {
    requireNonNull(monetization, "monetization");
    requireNonNull(out, "out");
    requireNonNull(csvFile, "csvFile");
    requireNonNull(usageCsvFile, "usageCsvFile");
    requireNonNull(events, "events");
  }

  /**
   * Prints one indented line of a step's output.
   *
   * @param format a {@link String#format} pattern
   * @param args its arguments
   */
  public void say(String format, Object... args) {
    out.println("  " + String.format(format, args));
  }

  /** Prints an empty line, to separate groups of lines within a step. */
  public void blank() {
    out.println();
  }
}
