package org.monetization.onboarding;

import static com.google.common.base.Preconditions.checkArgument;

import org.jspecify.annotations.Nullable;
import org.monetization.error.MonetizationException;

/**
 * What became of one request of an onboarding batch ({@link Onboarding#submitAll}): created, with what
 * was created, or rejected, with why. Immutable.
 *
 * @param result what was created; null when the request was rejected
 * @param failure why the request was rejected: a {@code ValidationException} naming every bad field of
 *     every section, or a {@code ConflictException} (a service identifier a concurrent command took first);
 *     null when it was created
 */
public record OnboardingOutcome(@Nullable OnboardingResult result, @Nullable MonetizationException failure) {

  /**
   * Checks that the outcome carries exactly one of a result and a failure.
   *
   * @throws IllegalArgumentException if it carries both or neither
   */
  public OnboardingOutcome {
    checkArgument((result == null) != (failure == null), "exactly one of result and failure");
  }

  /**
   * Returns the outcome of a request that was onboarded.
   *
   * @param result what was created
   * @return the outcome
   */
  public static OnboardingOutcome created(OnboardingResult result) {
    return new OnboardingOutcome(result, null);
  }

  /**
   * Returns the outcome of a request that was refused; nothing of it was created.
   *
   * @param failure why
   * @return the outcome
   */
  public static OnboardingOutcome rejected(MonetizationException failure) {
    return new OnboardingOutcome(null, failure);
  }

  /** Returns whether the request was onboarded. */
  public boolean isCreated() {
    return result != null;
  }
}
