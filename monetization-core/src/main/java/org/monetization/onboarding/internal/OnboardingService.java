package org.monetization.onboarding.internal;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroup;
import org.monetization.billing.BillingCalendar;
import org.monetization.billing.BillingProfile;
import org.monetization.config.AttributeTarget;
import org.monetization.config.Configuration;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Contact;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerEvent;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerRules;
import org.monetization.customer.CustomerStatus;
import org.monetization.error.ConflictException;
import org.monetization.error.FieldError;
import org.monetization.error.FieldErrors;
import org.monetization.error.MonetizationException;
import org.monetization.error.ValidationException;
import org.monetization.event.DomainEvent;
import org.monetization.internal.CommandRunner;
import org.monetization.onboarding.Onboarding;
import org.monetization.onboarding.OnboardingOutcome;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.onboarding.OnboardingResult;
import org.monetization.onboarding.OnboardingSummary;
import org.monetization.onboarding.SubscriptionSection;
import org.monetization.onboarding.SubscriptionSummary;
import org.monetization.balance.BalanceGroupId;
import org.monetization.spi.CustomerRepository;
import org.monetization.spi.Store;
import org.monetization.subscription.SubscribeRequest;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionQuote;
import org.monetization.subscription.Subscriptions;
import org.monetization.time.Validity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Onboarding} over a {@link Store}: validates every section (the subscription by quoting it), then
 * creates the customer, its billing profile and balance group, and its subscription in one command; a
 * batch is one command over many requests.
 * Billing cycles are computed in the zone of the SDK's clock.
 */
public final class OnboardingService implements Onboarding {
  private static final Logger log = LoggerFactory.getLogger(OnboardingService.class);

  private final Store store;
  private final CommandRunner runner;
  private final Configuration configuration;
  private final Subscriptions subscriptions;
  private final Clock clock;
  private final OnboardingReferences references = OnboardingReferences.NONE;

  /**
   * Creates the service.
   *
   * @param store where everything is created
   * @param runner runs the command in one transaction and publishes its events
   * @param configuration customer types and attribute definitions to validate against
   * @param subscriptions prices and creates the subscription section
   * @param clock the source of every timestamp, and the zone of billing cycles
   */
  public OnboardingService(
      Store store, CommandRunner runner, Configuration configuration, Subscriptions subscriptions, Clock clock) {
    this.store = requireNonNull(store);
    this.runner = requireNonNull(runner);
    this.configuration = requireNonNull(configuration);
    this.subscriptions = requireNonNull(subscriptions);
    this.clock = requireNonNull(clock);
  }

  @Override
  public OnboardingResult submit(OnboardingRequest request) {
    requireNonNull(request, "request");
    return runner.run(events -> create(validate(request), request, store.customers().nextId(), events));
  }

  @Override
  public List<OnboardingOutcome> submitAll(List<OnboardingRequest> requests) {
    List<OnboardingRequest> batch = List.copyOf(requests);
    if (batch.isEmpty()) {
      return List.of();
    }
    try {
      return runner.run(events -> createAll(batch, events));
    } catch (ConflictException e) {
      // The store may report a taken unique key only at commit, without saying whose it was: alone, each
      // request either succeeds or gets its own failure (validation now sees the identifier as taken).
      log.debug("an onboarding batch of {} failed on a conflict, submitting its requests one by one: {}",
          batch.size(), e.getMessage());
      List<OnboardingOutcome> outcomes = new ArrayList<>(batch.size());
      for (OnboardingRequest request : batch) {
        outcomes.add(submitAlone(request));
      }
      return outcomes;
    }
  }

  /**
   * Validates and creates the batch's requests in order, inside one transaction attempt. The ids are
   * taken in one call when the first valid request is met, one for it and each request after it; those
   * of later requests that turn out invalid are skipped.
   */
  private List<OnboardingOutcome> createAll(List<OnboardingRequest> batch, List<DomainEvent> events) {
    List<OnboardingOutcome> outcomes = new ArrayList<>(batch.size());
    @Nullable Iterator<CustomerId> ids = null;
    for (int i = 0; i < batch.size(); i++) {
      OnboardingRequest request = batch.get(i);
      OnboardingSummary summary;
      try {
        summary = validate(request);
      } catch (ValidationException e) {
        outcomes.add(OnboardingOutcome.rejected(e)); // nothing of it was written
        continue;
      }
      if (ids == null) {
        ids = store.customers().nextIds(batch.size() - i).iterator();
      }
      outcomes.add(OnboardingOutcome.created(create(summary, request, ids.next(), events)));
    }
    return outcomes;
  }

  private OnboardingOutcome submitAlone(OnboardingRequest request) {
    try {
      return OnboardingOutcome.created(submit(request));
    } catch (MonetizationException e) {
      // Earlier requests of the batch may have committed already: the caller must learn about each one.
      return OnboardingOutcome.rejected(e);
    }
  }

  /** Creates what a validated request describes; a failure here fails the whole transaction. */
  private OnboardingResult create(
      OnboardingSummary summary, OnboardingRequest request, CustomerId id, List<DomainEvent> events) {
    CustomerRepository customers = store.customers();
    Customer customer =
        customers.insert(
            new Customer(
                id,
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
    SubscriptionSummary section = summary.subscription();
    if (section == null) {
      return new OnboardingResult(customer, null, null, null);
    }
    Instant start = section.quote().startAt();
    BillingProfile profile =
        new BillingProfile(
            store.billingProfiles().nextId(),
            customer.id(),
            customer.fullName(),
            section.paymentType(),
            section.currency(),
            section.calendar(),
            start,
            Validity.from(start));
    store.billingProfiles().insert(profile);
    BalanceGroup group =
        new BalanceGroup(
            store.balanceGroups().nextId(), customer.id(), profile.id(), customer.fullName(), Validity.from(start));
    store.balanceGroups().insert(group);
    Subscription subscription =
        subscriptions.subscribe(
            subscribeRequest(requireNonNull(request.subscription()), customer.id(), group.id(), start));
    return new OnboardingResult(customers.find(customer.id()).orElseThrow(), profile, group, subscription);
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
    SubscriptionSummary subscription = null;
    if (request.subscription() != null) {
      subscription = subscription(request.subscription(), now, errors);
    }
    errors.throwIfAny();
    AccountInfo account = requireNonNull(request.account());
    List<Contact> contacts =
        request.contacts().isEmpty() ? List.of(CustomerRules.primaryContact(account)) : request.contacts();
    return new OnboardingSummary(
        account,
        CustomerRules.normalise(requireNonNull(request.payment())),
        contacts,
        CustomerStatus.ACTIVE,
        now,
        subscription);
  }

  /** Validates the billing fields and quotes the subscription; null when anything is invalid. */
  private @Nullable SubscriptionSummary subscription(SubscriptionSection section, Instant now, FieldErrors errors) {
    OnboardingValidation.billing(section, errors);
    SubscriptionQuote quote;
    try {
      quote = subscriptions.quote(subscribeRequest(section, null, null, now));
    } catch (ValidationException e) {
      // The subscription area names fields relative to its own request; onboarding nests them.
      for (FieldError error : e.errors()) {
        errors.add("subscription." + error.field(), error.message());
      }
      return null;
    }
    if (section.currency() != null && !quote.recurringTotal().getCurrency().equals(section.currency())) {
      errors.add("subscription.currency", "plan " + quote.planCode() + " is priced in "
          + quote.recurringTotal().getCurrency() + ", not " + section.currency());
    }
    if (errors.hasErrors()) {
      return null;
    }
    BillingCalendar calendar =
        new BillingCalendar(requireNonNull(section.interval()), section.billingDay(), clock.getZone());
    return new SubscriptionSummary(
        requireNonNull(section.paymentType()),
        requireNonNull(section.currency()),
        calendar,
        calendar.firstCycle(now),
        quote);
  }

  private static SubscribeRequest subscribeRequest(
      SubscriptionSection section, @Nullable CustomerId customer, @Nullable BalanceGroupId group, Instant start) {
    return new SubscribeRequest(
        customer,
        group,
        section.planCode(),
        section.promotionCodes(),
        section.products(),
        section.globalServiceIdentifier(),
        start);
  }
}
