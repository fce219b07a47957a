package org.monetization.examples.demo.rating;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.rating.UsageQuery;
import org.monetization.time.Validity;

/**
 * Exports a line's rated usage events of the cycle as CSV (BAL-6) to the file of {@code --usage-csv}: the SDK
 * streams them a page at a time, so memory stays bounded whatever their number.
 */
final class UsageExportStep implements DemoStep {

  @Override
  public String title() {
    return "Export usage events to CSV";
  }

  @Override
  public void run(DemoContext context) {
    Path file = context.usageCsvFile().toAbsolutePath();
    LocalDate today = LocalDate.now(context.monetization().clock());
    Validity cycle = Validity.between(today.atStartOfDay().toInstant(ZoneOffset.UTC),
        today.plusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    long written;
    try {
      Path parent = file.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer out = Files.newBufferedWriter(file, UTF_8)) {
        written = context.monetization().rating().exportCsv(UsageQuery.of(RatedLines.LEA, cycle), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    context.say("Wrote %d usage events of %s from %s to %s as CSV to %s", written,
        RatedLines.describe(context.monetization(), RatedLines.LEA), cycle.from(), cycle.to(), file);
  }
}
