package org.monetization.examples.demo;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.monetization.Monetization;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code demo} command: holds the options every subcommand shares and runs a list of steps on a fresh
 * SDK instance. Without a subcommand it does what {@code run-all} does.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    version = "Monetization SDK demo",
    description = {
      "Runs the Monetization SDK on a fresh store and prints what it does.",
      "Without a command, runs every chapter (run-all)."
    },
    subcommands = {
      RunAllCommand.class,
      CustomersCommand.class,
      SubscriptionsCommand.class,
      RatingCommand.class,
      HelpCommand.class
    })
final class DemoCommand implements Callable<Integer> {
  /** Where the CSV export goes unless {@code --csv} says otherwise, relative to the working directory. */
  static final String DEFAULT_CSV_FILE = "target/demo/customers.csv";

  /** Where the usage export goes unless {@code --usage-csv} says otherwise. */
  static final String DEFAULT_USAGE_CSV_FILE = "target/demo/usage.csv";

  private final PrintStream out;

  @Spec private CommandSpec spec;

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
      names = "--h2-file",
      scope = ScopeType.INHERIT,
      paramLabel = "<path>",
      description =
          "With --store jpa-h2: keep the H2 database in this file (H2 adds .mv.db) instead of in memory, "
              + "to inspect it afterwards. The file must not exist yet.")
  private @Nullable Path h2File;

  @Option(
      names = "--csv",
      scope = ScopeType.INHERIT,
      paramLabel = "<file>",
      defaultValue = DEFAULT_CSV_FILE,
      description = "File the customer CSV export is written to (default: ${DEFAULT-VALUE}).")
  private Path csvFile = Path.of(DEFAULT_CSV_FILE);

  @Option(
      names = "--usage-csv",
      scope = ScopeType.INHERIT,
      paramLabel = "<file>",
      defaultValue = DEFAULT_USAGE_CSV_FILE,
      description = "File the rating chapter's usage event export is written to (default: ${DEFAULT-VALUE}).")
  private Path usageCsvFile = Path.of(DEFAULT_USAGE_CSV_FILE);

  @Option(
      names = "--clock",
      scope = ScopeType.INHERIT,
      paramLabel = "<instant>",
      description =
          "Runs the SDK with its clock stopped at this instant, e.g. 2026-03-10T09:00:00Z, so that dates, "
              + "generated identifiers and prorated amounts are the same on every run (default: the system "
              + "clock).")
  private @Nullable Instant clock;

  DemoCommand(PrintStream out) {
    this.out = requireNonNull(out, "out");
  }

  @Override
  public Integer call() throws Exception {
    return run(RunAllCommand.steps());
  }

  /**
   * Runs the steps in order on a new SDK instance over a new store, printing a numbered heading before
   * each step and a summary of the published domain events at the end, and closes the store.
   *
   * @param steps the steps to run
   * @return the process exit code, 0
   * @throws ParameterException if {@code --h2-file} is given without {@code --store jpa-h2}, or names a
   *     file that exists
   * @throws Exception if a step fails, or the store cannot be closed
   */
  int run(List<DemoStep> steps) throws Exception {
    try (OpenStore opened = open()) {
      EventTally events = new EventTally();
      PublishedEvents published = new PublishedEvents();
      Monetization monetization =
          Monetization.builder()
              .clock(clock == null ? Clock.systemUTC() : Clock.fixed(clock, ZoneOffset.UTC))
              .store(opened.store())
              .eventListener(events)
              .eventListener(published)
              .build();
      DemoContext context = new DemoContext(monetization, out, csvFile, usageCsvFile, published);
      out.printf("Monetization SDK demo, on the '%s' store (%s)%n", store.optionName(), opened.description());
      for (int i = 0; i < steps.size(); i++) {
        DemoStep step = steps.get(i);
        out.printf("%n== Step %d/%d: %s ==%n", i + 1, steps.size(), step.title());
        step.run(context);
      }
      out.printf("%nDone: %d steps. Domain events published: %s.%n", steps.size(), events);
      out.flush();
    }
    return 0;
  }

  private OpenStore open() {
    if (h2File == null) {
      return store.open(null);
    }
    if (store != StoreOption.JPA_H2) {
      throw new ParameterException(spec.commandLine(), "--h2-file needs --store jpa-h2");
    }
    Path file = H2Database.file(h2File);
    if (Files.exists(file)) {
      throw new ParameterException(
          spec.commandLine(),
          "the H2 database file " + file + " already exists; remove it or choose another --h2-file");
    }
    return store.open(file);
  }
}
