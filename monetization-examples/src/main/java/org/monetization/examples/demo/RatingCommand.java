package org.monetization.examples.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.monetization.examples.demo.customer.CustomerChapter;
import org.monetization.examples.demo.rating.RatingChapter;
import org.monetization.examples.demo.subscription.SubscriptionChapter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * The {@code rating} subcommand: the rating chapter, after the steps it builds on — the customer chapter's
 * configuration and the catalog and subscriptions chapter, which onboards the lines the record file reports.
 */
@Command(
    name = "rating",
    description =
        "Rating, after the configuration and the subscriptions chapter: resources, a prepaid top-up, free "
            + "data, a file of call detail records rated in batches with its rejections, balances, "
            + "notifications, a replay of the file, and usage events listed and exported.")
final class RatingCommand implements Callable<Integer> {
  @ParentCommand private DemoCommand demo;

  /** Returns the configuration step, the subscriptions chapter's steps, then the rating chapter's. */
  static List<DemoStep> steps() {
    List<DemoStep> steps = new ArrayList<>(SubscriptionsCommand.steps());
    steps.addAll(RatingChapter.steps());
    return steps;
  }

  @Override
  public Integer call() throws Exception {
    return demo.run(steps());
  }
}
