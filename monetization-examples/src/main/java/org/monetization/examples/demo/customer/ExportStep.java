package org.monetization.examples.demo.customer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.Customers;
import org.monetization.customer.ExportFormat;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.examples.demo.PrintStreamWriter;

/**
 * Exports the list (CUS-3): every customer as CSV to the demo's CSV file, then the active customers as
 * tab-separated text to the output, as a user would copy or print it.
 */
final class ExportStep implements DemoStep {

  @Override
  public String title() {
    return "Export the customer list";
  }

  @Override
  public void run(DemoContext context) {
    Customers customers = context.monetization().customers();
    Path file = context.csvFile().toAbsolutePath();
    long written;
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        written = customers.export(CustomerFilter.none(), ExportFormat.CSV, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    context.say("Wrote %d customers as CSV to %s", written, file);
    context.blank();

    context.say("Active customers, tab-separated:");
    context.blank();
    long active =
        customers.export(
            CustomerFilter.builder().status(CustomerStatus.ACTIVE).build(),
            ExportFormat.TAB_SEPARATED,
            new PrintStreamWriter(context.out()));
    context.blank();
    context.say("(%d rows)", active);
  }
}
