package org.monetization.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.monetization.Monetization;
import org.monetization.config.CustomerType;
import org.monetization.customer.Customer;
import org.monetization.customer.Customers;
import org.monetization.error.FieldError;
import org.monetization.error.ValidationException;
import org.monetization.onboarding.Onboarding;

/**
 * A {@link Monetization} on an in-memory store and a {@link MutableClock} standing at {@link #START}, with
 * the customer types {@code RESIDENTIAL} and {@code BUSINESS} defined and every domain event recorded.
 */
public final class CustomerTestBed {
  /** Where the clock stands when the bed is created. */
  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private final MutableClock clock = MutableClock.at(START);
  private final RecordingListener events = new RecordingListener();
  private final Monetization monetization;

  private CustomerTestBed(UnaryOperator<Monetization.Builder> customise) {
    monetization = customise.apply(Monetization.builder().clock(clock).eventListener(events)).build();
    monetization.configuration().defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
    monetization.configuration().defineCustomerType(CustomerType.of("BUSINESS", "Business"));
  }

  /** Returns a bed with the default builder settings. */
  public static CustomerTestBed create() {
    return new CustomerTestBed(UnaryOperator.identity());
  }

  /** Returns a bed whose builder the caller adjusts (store, retention, more listeners...). */
  public static CustomerTestBed create(UnaryOperator<Monetization.Builder> customise) {
    return new CustomerTestBed(customise);
  }

  public Monetization monetization() {
    return monetization;
  }

  public Onboarding onboarding() {
    return monetization.onboarding();
  }

  public Customers customers() {
    return monetization.customers();
  }

  public MutableClock clock() {
    return clock;
  }

  public RecordingListener events() {
    return events;
  }

  /** Onboards a valid customer paying by invoice (see {@link CustomerFixtures#onboarding}). */
  public Customer onboard(String firstName, String lastName) {
    return monetization.onboarding().submit(CustomerFixtures.onboarding(firstName, lastName)).customer();
  }

  /** Reads the current state and forgets the events recorded so far, before a command that must fail. */
  public CustomerState snapshot() {
    events.clear();
    return CustomerState.of(monetization);
  }

  /** Asserts that the customers are exactly as in the snapshot and that no event was published since. */
  public void assertNothingChangedSince(CustomerState before) {
    assertThat(CustomerState.of(monetization)).isEqualTo(before);
    assertThat(events.events()).as("events published").isEmpty();
  }

  /** Returns the field paths of a validation failure, in the order they were reported. */
  public static List<String> fields(ValidationException e) {
    return e.errors().stream().map(FieldError::field).toList();
  }
}
