package org.monetization.examples.demo.customer;

import java.util.List;
import org.monetization.examples.demo.DemoStep;

/**
 * The customer-account chapter of the demo: its steps, in the order they must run (later steps look up
 * customers that onboarding created).
 */
public final class CustomerChapter {
  /** The code of the customer type of households, defined by {@link #configuration()}. */
  public static final String RESIDENTIAL = ConfigurationStep.RESIDENTIAL.code();

  /** The mandatory custom attribute of customers defined by {@link #configuration()}: FR, DE, NL, ES or EN. */
  public static final String PREFERRED_LANGUAGE = ConfigurationStep.LANGUAGE;

  private CustomerChapter() {}

  /**
   * Returns the chapter's first step alone: it defines the customer types and custom attributes that every
   * onboarding request is checked against, so that another chapter can run without this one.
   */
  public static DemoStep configuration() {
    return new ConfigurationStep();
  }

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
