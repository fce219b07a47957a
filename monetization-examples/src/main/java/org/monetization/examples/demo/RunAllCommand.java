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
 * The {@code run-all} subcommand: every chapter of the demo, in the order a business would use the SDK.
 * Each new area (billing next) appends its chapter's steps to {@link #steps()}.
 */
@Command(name = "run-all", description = "Runs every chapter of the demo in order (the default).")
final class RunAllCommand implements Callable<Integer> {
  @ParentCommand private DemoCommand demo;

  /** Returns the steps of every chapter, in order. */
  static List<DemoStep> steps() {
    List<DemoStep> steps = new ArrayList<>(CustomerChapter.steps());
    steps.addAll(SubscriptionChapter.steps());
    steps.addAll(RatingChapter.steps());
    return steps;
  }

  @Override
  public Integer call() throws Exception {
    return demo.run(steps());
  }
}
