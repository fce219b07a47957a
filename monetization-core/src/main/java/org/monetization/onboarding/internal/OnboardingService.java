package org.monetization.onboarding.internal;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.monetization.config.AttributeTarget;
import org.monetization.config.Configuration;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Contact;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerEvent;
import org.monetization.customer.CustomerRules;
import org.monetization.customer.CustomerStatus;
import org.monetization.error.FieldErrors;
import org.monetization.internal.CommandRunner;
import org.monetization.onboarding.Onboarding;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.onboarding.OnboardingResult;
import org.monetization.onboarding.OnboardingSummary;
import org.monetization.spi.CustomerRepository;
import org.monetization.spi.Store;

/** {@link Onboarding} over a {@link Store}: validate every section, then create everything in one command. */
public final class OnboardingService implements Onboarding {
  private final Store store;
  private final CommandRunner runner;
  private final Configuration configuration;
  private final Clock clock;
  private final OnboardingReferences references = OnboardingReferences.NONE;

  /**
   * Creates the service.
   *
   * @param store where everything is created
   * @param runner runs the command in one transaction and publishes its events
   * @param configuration customer types and attribute definitions to validate against
   * @param clock the source of every timestamp
   */
  public OnboardingService(Store store, CommandRunner runner, Configuration configuration, Clock clock) {
    this.store = requireNonNull(store);
    this.runner = requireNonNull(runner);
    this.configuration = requireNonNull(configuration);
    this.clock = requireNonNull(clock);
  }

  @Override
  public OnboardingResult submit(OnboardingRequest request) {
    return runner.run(
        events -> {
          OnboardingSummary summary = validate(request);
          CustomerRepository customers = store.customers();
          Customer customer =
              customers.insert(
                  new Customer(
                      customers.nextId(),
                      summary.account(),
                      summary.payment(),
                      summary.contacts(),
                      summary.status(),
                      summary.createdAt(),
                      null,
                      0,
                      0,
                      0));
          events.add(new CustomerEvent.Onboarded(customer.id(), summary.createdAt()));
          return new OnboardingResult(customer);
        });
  }

  @Override
  public OnboardingSummary preview(OnboardingRequest request) {
    return validate(request);
  }

  private OnboardingSummary validate(OnboardingRequest request) {
    FieldErrors errors = new FieldErrors();
    Instant now = clock.instant();
    CustomerRules.account(
        request.account(),
        "account",
        errors,
        code -> configuration.customerType(code).isPresent(),
        configuration.attributes(AttributeTarget.CUSTOMER));
    CustomerRules.payment(request.payment(), "payment", errors, now);
    CustomerRules.contacts(request.contacts(), "contacts", errors);
    OnboardingValidation.sharing(request.sharing(), references, errors);
    OnboardingValidation.hierarchy(request.hierarchy(), references, errors);
    OnboardingValidation.subscription(request.subscription(), references, errors);
    errors.throwIfAny();
    AccountInfo account = requireNonNull(request.account());
    List<Contact> contacts =
        request.contacts().isEmpty() ? List.of(CustomerRules.primaryContact(account)) : request.contacts();
    return new OnboardingSummary(
        account,
        CustomerRules.normalise(requireNonNull(request.payment())),
        contacts,
        CustomerStatus.ACTIVE,
        now);
  }
}
