package org.monetization.examples.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.monetization.examples.demo.customer.CustomerChapter;
import org.monetization.examples.demo.subscription.SubscriptionChapter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * The {@code subscriptions} subcommand: the catalog and subscriptions chapter alone, after the customer
 * chapter's configuration step that defines what onboarding checks customers against.
 */
@Command(
    name = "subscriptions",
    description =
        "Catalog and subscriptions: the mobile catalog from JSON, a broken catalog's report, an onboarding "
            + "dry run, onboardings with subscriptions, a pack, a voucher, a plan change with proration and "
            + "a cancellation.")
final class SubscriptionsCommand implements Callable<Integer> {
  @ParentCommand private DemoCommand demo;

  /** Returns the configuration step, then the chapter's steps. */
  static List<DemoStep> steps() {
    List<DemoStep> steps = new ArrayList<>();
    steps.add(CustomerChapter.configuration());
    steps.addAll(SubscriptionChapter.steps());
    return steps;
  }

  @Override
  public Integer call() throws Exception {
    return demo.run(steps());
  }
}
