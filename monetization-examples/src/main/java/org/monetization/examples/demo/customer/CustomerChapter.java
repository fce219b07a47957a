package org.monetization.examples.demo.customer;

import java.util.List;
import org.monetization.examples.demo.DemoStep;

/**
 * The customer-account chapter of the demo: its steps, in the order they must run (later steps look up
 * customers that onboarding created).
 */
public final class CustomerChapter {
  private CustomerChapter() {}

  /** Returns new instances of the chapter's steps, in order. */
  public static List<DemoStep> steps() {
    return List.of(
        new ConfigurationStep(),
        new OnboardingStep(),
        new ValidationFailureStep(),
        new EditStep(),
        new CloseStep(),
        new PagingStep(),
        new FilterStep(),
        new ExportStep());
  }
}
