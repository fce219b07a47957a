package org.monetization.examples.demo.subscription;

import java.util.List;
import org.monetization.examples.demo.DemoStep;

/**
 * The catalog and subscriptions chapter of the demo: its steps, in the order they must run (later steps
 * change the subscriptions that onboarding created). It needs the customer types and custom attributes of
 * the customer chapter's first step.
 */
public final class SubscriptionChapter {
  private SubscriptionChapter() {}

  /** Returns new instances of the chapter's steps, in order. */
  public static List<DemoStep> steps() {
    return List.of(
        new CatalogImportStep(),
        new BrokenCatalogStep(),
        new OnboardingPreviewStep(),
        new SubscriberOnboardingStep(),
        new RoamingPackStep(),
        new VoucherStep(),
        new PlanChangeStep(),
        new CancellationStep(),
        new SubscriberListStep());
  }
}
