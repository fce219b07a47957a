package org.monetization.examples.demo;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.monetization.Monetization;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code demo} command: holds the options every subcommand shares and runs a list of steps on a fresh
 * SDK instance. Without a subcommand it does what {@code run-all} does.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    version = "Monetization SDK demo",
    description = {
      "Runs the Monetization SDK on an embedded store and prints what it does.",
      "Without a command, runs every chapter (run-all)."
    },
    subcommands = {RunAllCommand.class, CustomersCommand.class, HelpCommand.class})
final class DemoCommand implements Callable<Integer> {
  /** Where the CSV export goes unless {@code --csv} says otherwise, relative to the working directory. */
  static final String DEFAULT_CSV_FILE = "target/demo/customers.csv";

  private final PrintStream out;

  @Option(
      names = "--store",
      scope = ScopeType.INHERIT,
      paramLabel = "<store>",
      defaultValue = "memory",
      converter = StoreOption.Converter.class,
      completionCandidates = StoreOption.Names.class,
      description = "Store the SDK keeps its data in: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private StoreOption store = StoreOption.MEMORY;

  @Option(
      names = "--csv",
      scope = ScopeType.INHERIT,
      paramLabel = "<file>",
      defaultValue = DEFAULT_CSV_FILE,
      description = "File the customer CSV export is written to (default: ${DEFAULT-VALUE}).")
  private Path csvFile = Path.of(DEFAULT_CSV_FILE);

  DemoCommand(PrintStream out) {
    this.out = requireNonNull(out, "out");
  }

  @Override
  public Integer call() {
    return run(RunAllCommand.steps());
  }

  /**
   * Runs the steps in order on a new SDK instance over a new store, printing a numbered heading before
   * each step and a summary of the published domain events at the end.
   *
   * @param steps the steps to run
   * @return the process exit code, 0
   */
  int run(List<DemoStep> steps) {
    EventTally events = new EventTally();
    Monetization monetization =
        Monetization.builder().store(store.open()).eventListener(events).build();
    DemoContext context = new DemoContext(monetization, out, csvFile);
    out.printf("Monetization SDK demo, on the '%s' store%n", store.optionName());
    for (int i = 0; i < steps.size(); i++) {
      DemoStep step = steps.get(i);
      out.printf("%n== Step %d/%d: %s ==%n", i + 1, steps.size(), step.title());
      step.run(context);
    }
    out.printf("%nDone: %d steps. Domain events published: %s.%n", steps.size(), events);
    out.flush();
    return 0;
  }
}
