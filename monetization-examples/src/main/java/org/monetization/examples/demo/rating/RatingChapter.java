package org.monetization.examples.demo.rating;

import java.util.List;
import org.monetization.examples.demo.DemoStep;

/**
 * The rating chapter of the demo: its steps, in the order they must run. It rates usage of the lines the
 * catalog and subscriptions chapter onboarded, so it runs after that chapter.
 */
public final class RatingChapter {
  private RatingChapter() {}

  /** Returns new instances of the chapter's steps, in order. */
  public static List<DemoStep> steps() {
    return List.of(
        new ResourcesStep(),
        new PrepaidSubscriberStep(),
        new AllowanceStep(),
        new RateFileStep(),
        new BalancesStep(),
        new NotificationsStep(),
        new ReplayStep(),
        new UsageListStep(),
        new UsageExportStep(),
        new SharingStep(),
        new StreamStep());
  }
}
