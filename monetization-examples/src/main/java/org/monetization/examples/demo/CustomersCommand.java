package org.monetization.examples.demo;

import java.util.concurrent.Callable;
import org.monetization.examples.demo.customer.CustomerChapter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** The {@code customers} subcommand: the customer-account chapter alone. */
@Command(
    name = "customers",
    description =
        "Customer accounts: types and attributes, onboarding, validation, edits, closing, "
            + "paging, filters and exports.")
final class CustomersCommand implements Callable<Integer> {
  @ParentCommand private DemoCommand demo;

  @Override
  public Integer call() throws Exception {
    return demo.run(CustomerChapter.steps());
  }
}
