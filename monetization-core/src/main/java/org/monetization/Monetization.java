package org.monetization;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.Balances;
import org.monetization.balance.internal.BalanceService;
import org.monetization.catalog.Catalog;
import org.monetization.catalog.internal.CatalogService;
import org.monetization.config.Configuration;
import org.monetization.config.internal.ConfigurationService;
import org.monetization.customer.Customers;
import org.monetization.customer.internal.CustomerService;
import org.monetization.inmemory.InMemoryStore;
import org.monetization.internal.CommandRunner;
import org.monetization.internal.CreditWatch;
import org.monetization.notification.Notifications;
import org.monetization.notification.internal.Courier;
import org.monetization.notification.internal.NotificationDispatch;
import org.monetization.notification.internal.NotificationService;
import org.monetization.onboarding.Onboarding;
import org.monetization.onboarding.internal.OnboardingService;
import org.monetization.rating.InactiveServiceMode;
import org.monetization.rating.Rating;
import org.monetization.rating.internal.RatingService;
import org.monetization.sharing.Sharing;
import org.monetization.sharing.internal.SharingService;
import org.monetization.spi.DomainEventListener;
import org.monetization.spi.NotificationChannel;
import org.monetization.spi.Store;
import org.monetization.spi.TaxProvider;
import org.monetization.subscription.Services;
import org.monetization.subscription.Subscriptions;
import org.monetization.subscription.internal.ServiceDirectory;
import org.monetization.subscription.internal.SubscriptionService;

/**
 * The SDK's entry point: the services of every business area, wired over one store, one clock and the
 * host's ports. Thread-safe; build one per application and share it.
 *
 * <pre>{@code
 * Monetization monetization = Monetization.builder()
 *     .clock(Clock.systemUTC())
 *     .store(InMemoryStore.create())             // or JpaStore.create(entityManagerFactory)
 *     .eventListener(event -> audit.record(event))
 *     .build();
 * monetization.configuration().defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
 * Customer customer = monetization.onboarding().submit(request).customer();
 * }</pre>
 */
public final class Monetization {
  private final Clock clock;
  private final Store store;
  private final Configuration configuration;
  private final Customers customers;
  private final Catalog catalog;
  private final Onboarding onboarding;
  private final Subscriptions subscriptions;
  private final Services services;
  private final Balances balances;
  private final Rating rating;
  private final Notifications notifications;
  private final Sharing sharing;

  private Monetization(Builder builder) {
    this.clock = builder.clock;
    this.store = builder.store == null ? InMemoryStore.create() : builder.store;
    List<DomainEventListener> listeners = new ArrayList<>(builder.listeners);
    Courier courier = new Courier(store, clock, builder.channels, builder.deliveryLease, builder.firstRetryDelay,
        builder.longestRetryDelay);
    // After the host's listeners: a slow channel does not delay what they see of the command.
    listeners.add(new NotificationDispatch(courier));
    CommandRunner runner = new CommandRunner(store.transactions(), listeners, builder.maxAttempts);
    CreditWatch creditWatch = new CreditWatch(store);
    this.configuration = new ConfigurationService(store, runner);
    this.customers =
        new CustomerService(store, runner, configuration, clock, builder.closedAccountRetention);
    this.catalog = new CatalogService(store, runner, clock);
    this.subscriptions = new SubscriptionService(store, runner, clock);
    this.services = new ServiceDirectory(store, runner, clock);
    this.onboarding = new OnboardingService(store, runner, configuration, subscriptions, clock);
    this.balances = new BalanceService(store, runner, configuration, clock, builder.taxProvider, creditWatch);
    this.rating =
        new RatingService(store, runner, configuration, clock, builder.inactiveServiceMode, builder.taxProvider,
            creditWatch);
    this.notifications =
        new NotificationService(store, runner, configuration, clock, builder.channels.keySet(), courier);
    this.sharing = new SharingService(store, runner, configuration, clock);
  }

  /** Returns a builder with the defaults: system UTC clock, a new in-memory store, no listener. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns onboarding: the one command that creates a customer with all its sections, and its dry run. */
  public Onboarding onboarding() {
    return onboarding;
  }

  /** Returns customer accounts: edits, contacts, status, list, export and purge. */
  public Customers customers() {
    return customers;
  }

  /** Returns the offer catalog: publication, JSON import and export. */
  public Catalog catalog() {
    return catalog;
  }

  /** Returns subscriptions: subscribe, packs, product changes, vouchers, plan changes, cancellation. */
  public Subscriptions subscriptions() {
    return subscriptions;
  }

  /** Returns the provisioned services and their edits. */
  public Services services() {
    return services;
  }

  /** Returns balances: details, totals, manual creation and adjustments. */
  public Balances balances() {
    return balances;
  }

  /** Returns real-time rating of usage events, and the rated events. */
  public Rating rating() {
    return rating;
  }

  /** Returns credit profiles and the notifications their thresholds record and send. */
  public Notifications notifications() {
    return notifications;
  }

  /** Returns sharing groups: owners share resources of a subscription that members consume in real time. */
  public Sharing sharing() {
    return sharing;
  }

  /** Returns the business configuration: customer types, custom attributes and resources. */
  public Configuration configuration() {
    return configuration;
  }

  /** Returns the clock every timestamp of this instance is read from. */
  public Clock clock() {
    return clock;
  }

  /** Returns the store this instance reads and writes. */
  public Store store() {
    return store;
  }

  /** Configures and builds a {@link Monetization}. Not thread-safe. */
  public static final class Builder {
    /** Default time a closed account is kept before the purge deletes it: ten years, a common legal term. */
    public static final Duration DEFAULT_CLOSED_ACCOUNT_RETENTION = Duration.ofDays(3653);

    /** Default number of attempts of a command that loses optimistic-lock races. */
    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    /** Default time a sender owns a claimed notification delivery before the resend job may take it over. */
    public static final Duration DEFAULT_DELIVERY_LEASE = Duration.ofMinutes(5);

    /** Default delay between a delivery's first failed attempt and the next one. */
    public static final Duration DEFAULT_FIRST_RETRY_DELAY = Duration.ofMinutes(1);

    /** Default longest delay between two attempts of a delivery. */
    public static final Duration DEFAULT_LONGEST_RETRY_DELAY = Duration.ofHours(1);

    private Clock clock = Clock.systemUTC();
    private @Nullable Store store;
    private final List<DomainEventListener> listeners = new ArrayList<>();
    private Duration closedAccountRetention = DEFAULT_CLOSED_ACCOUNT_RETENTION;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration deliveryLease = DEFAULT_DELIVERY_LEASE;
    private Duration firstRetryDelay = DEFAULT_FIRST_RETRY_DELAY;
    private Duration longestRetryDelay = DEFAULT_LONGEST_RETRY_DELAY;
    private @Nullable TaxProvider taxProvider;
    private InactiveServiceMode inactiveServiceMode = InactiveServiceMode.FORBIDDEN;
    private final Map<String, NotificationChannel> channels = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the tax engine that taxes adjustments of balances and usage events; without one, an adjustment
     * that asks for tax is rejected.
     *
     * @param value the tax provider
     * @return this builder
     */
    public Builder taxProvider(TaxProvider value) {
      this.taxProvider = requireNonNull(value, "taxProvider");
      return this;
    }

    /**
     * Registers a channel that credit profiles can name to send their notifications through.
     *
     * @param value the channel
     * @return this builder
     * @throws IllegalArgumentException if its name is blank or another registered channel has it
     */
    public Builder notificationChannel(NotificationChannel value) {
      requireNonNull(value, "notificationChannel");
      String name = requireNonNull(value.name(), "notificationChannel.name");
      checkArgument(!name.isBlank(), "a notification channel needs a name");
      checkArgument(!channels.containsKey(name), "a notification channel named '%s' is already registered", name);
      channels.put(name, value);
      return this;
    }

    /**
     * Sets how long a sender owns an attempt of a notification delivery it claimed: if it has recorded no
     * outcome by then (the process stopped, or the channel hangs), {@code Notifications.redeliver} claims the
     * delivery again and sends it. Longer than the slowest channel takes to send or time out, so that a slow
     * attempt is not sent twice; {@link #DEFAULT_DELIVERY_LEASE} by default.
     *
     * @param value the lease, positive
     * @return this builder
     * @throws IllegalArgumentException if the lease is zero or negative
     */
    public Builder deliveryLease(Duration value) {
      requireNonNull(value, "deliveryLease");
      checkArgument(value.compareTo(Duration.ZERO) > 0, "deliveryLease must be positive: %s", value);
      this.deliveryLease = value;
      return this;
    }

    /**
     * Sets when the resend job ({@code Notifications.redeliver}) may retry a notification delivery that
     * failed: {@code first} after the first failed attempt, twice as long after each further one, never
     * longer than {@code longest}. With the defaults ({@link #DEFAULT_FIRST_RETRY_DELAY} and {@link
     * #DEFAULT_LONGEST_RETRY_DELAY}) and the resend job's default of five attempts, a channel that stays down
     * is retried after 1, 2, 4 and 8 minutes, then given up; a job that runs less often retries later.
     *
     * @param first the delay after the first failure, zero or more (zero: at the job's next run)
     * @param longest the longest delay, at least {@code first}
     * @return this builder
     * @throws IllegalArgumentException if {@code first} is negative or {@code longest} shorter than it
     */
    public Builder deliveryRetryDelays(Duration first, Duration longest) {
      requireNonNull(first, "first");
      requireNonNull(longest, "longest");
      checkArgument(!first.isNegative(), "the first retry delay must not be negative: %s", first);
      checkArgument(longest.compareTo(first) >= 0, "the longest retry delay must be at least the first: %s, %s",
          longest, first);
      this.firstRetryDelay = first;
      this.longestRetryDelay = longest;
      return this;
    }

    /**
     * Sets what rating does with events of services that are not in force; {@link InactiveServiceMode#FORBIDDEN}
     * by default.
     *
     * @param value the mode
     * @return this builder
     */
    public Builder inactiveServiceMode(InactiveServiceMode value) {
      this.inactiveServiceMode = requireNonNull(value, "inactiveServiceMode");
      return this;
    }

    /**
     * Sets the clock every timestamp, validity check and job cutoff is read from.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = requireNonNull(value, "clock");
      return this;
    }

    /**
     * Sets the storage adapter.
     *
     * @param value the store
     * @return this builder
     */
    public Builder store(Store value) {
      this.store = requireNonNull(value, "store");
      return this;
    }

    /**
     * Adds a listener of committed domain events; listeners are called in the order they were added.
     *
     * @param value the listener
     * @return this builder
     */
    public Builder eventListener(DomainEventListener value) {
      listeners.add(requireNonNull(value, "listener"));
      return this;
    }

    /**
     * Sets how long a closed account is kept before {@code purgeClosedAccounts} deletes it.
     *
     * @param value the retention, not negative
     * @return this builder
     * @throws IllegalArgumentException if the retention is negative
     */
    public Builder closedAccountRetention(Duration value) {
      checkArgument(!value.isNegative(), "retention must not be negative: %s", value);
      this.closedAccountRetention = value;
      return this;
    }

    /**
     * Sets how many times a command runs when it keeps losing optimistic-lock races to concurrent writers,
     * before it fails with a {@code ConflictException}.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException if the value is less than 1
     */
    public Builder maxAttempts(int value) {
      checkArgument(value >= 1, "maxAttempts must be at least 1: %s", value);
      this.maxAttempts = value;
      return this;
    }

    /** Returns the configured instance. */
    public Monetization build() {
      return new Monetization(this);
    }
  }
}
