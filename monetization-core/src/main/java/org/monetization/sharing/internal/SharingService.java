package org.monetization.sharing.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroup;
import org.monetization.balance.GroupBalances;
import org.monetization.balance.UsageCounter;
import org.monetization.billing.BillingCycle;
import org.monetization.billing.BillingProfile;
import org.monetization.config.Configuration;
import org.monetization.config.Resource;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.CustomerSummary;
import org.monetization.error.ConflictException;
import org.monetization.error.FieldErrors;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;
import org.monetization.internal.CommandRunner;
import org.monetization.internal.SharingCounters;
import org.monetization.paging.PageRequest;
import org.monetization.sharing.JoinRequest;
import org.monetization.sharing.JoinableGroup;
import org.monetization.sharing.MemberStatus;
import org.monetization.sharing.MemberUsage;
import org.monetization.sharing.MembershipChange;
import org.monetization.sharing.NewSharingGroup;
import org.monetization.sharing.Sharing;
import org.monetization.sharing.SharingEvent;
import org.monetization.sharing.SharingGroup;
import org.monetization.sharing.SharingGroupChange;
import org.monetization.sharing.SharingGroupId;
import org.monetization.sharing.SharingMember;
import org.monetization.sharing.SharingPolicy;
import org.monetization.sharing.SharingStatus;
import org.monetization.spi.Store;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionId;
import org.monetization.subscription.SubscriptionStatus;
import org.monetization.time.Validity;

/** {@link Sharing} over a {@link Store}. */
public final class SharingService implements Sharing {
  /** Amounts are rated on scaled {@code long}s: a cap stays below 10^18 units of its scale. */
  private static final int MAX_DIGITS = 18;

  private final Store store;
  private final CommandRunner runner;
  private final Configuration configuration;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param store where groups, subscriptions and balances live
   * @param runner runs commands in transactions and publishes their events
   * @param configuration the resources a policy may share
   * @param clock the source of every timestamp
   */
  public SharingService(Store store, CommandRunner runner, Configuration configuration, Clock clock) {
    this.store = requireNonNull(store);
    this.runner = requireNonNull(runner);
    this.configuration = requireNonNull(configuration);
    this.clock = requireNonNull(clock);
  }

  @Override
  public SharingGroup create(NewSharingGroup request) {
    FieldErrors errors = new FieldErrors();
    checkName(request.name(), errors);
    checkStatus(request.status(), errors);
    checkPolicy(request.policy(), errors);
    checkEnd(request.validity(), errors);
    errors.throwIfAny();
    return runner.run(events -> {
      Instant now = clock.instant();
      Subscription owner = openSubscription(request.ownerSubscriptionId(), "owner subscription");
      Validity validity = request.validity() == null ? Validity.from(now) : request.validity();
      SharingGroup group = store.sharingGroups().insert(new SharingGroup(store.sharingGroups().nextId(),
          owner.customerId(), owner.id(), owner.balanceGroupId(), request.name().strip(), validity,
          request.policy(), request.status(), now, List.of(), 0));
      events.add(new SharingEvent.Created(group.id(), group, now));
      return group;
    });
  }

  @Override
  public SharingGroup edit(SharingGroupChange change) {
    FieldErrors errors = new FieldErrors();
    if (change.name() != null) {
      checkName(change.name(), errors);
    }
    if (change.status() != null) {
      checkStatus(change.status(), errors);
    }
    if (change.policy() != null) {
      checkPolicy(change.policy(), errors);
    }
    checkEnd(change.validity(), errors);
    errors.throwIfAny();
    return runner.run(events -> {
      SharingGroup group = liveGroup(change.groupId());
      SharingGroup changed = store.sharingGroups().update(group.with(
          change.name() == null ? group.name() : change.name().strip(),
          change.validity() == null ? group.validity() : change.validity(),
          change.policy() == null ? group.policy() : change.policy(),
          change.status() == null ? group.status() : change.status()));
      events.add(new SharingEvent.Changed(changed.id(), changed, clock.instant()));
      return changed;
    });
  }

  @Override
  public SharingGroup cancel(SharingGroupId groupId) {
    return runner.run(events -> {
      Instant now = clock.instant();
      SharingGroup group = liveGroup(groupId);
      SharingGroup cancelled = store.sharingGroups().update(
          group.with(group.name(), group.validity(), group.policy(), SharingStatus.CANCELLED));
      for (SharingMember member : group.members()) {
        events.add(new SharingEvent.Left(group.id(), member.subscriptionId(), now));
      }
      events.add(new SharingEvent.Cancelled(cancelled.id(), cancelled, now));
      return cancelled;
    });
  }

  @Override
  public List<JoinableGroup> search(String ownerFullName) {
    String text = ownerFullName == null ? "" : ownerFullName.strip();
    if (text.length() < 2) {
      throw ValidationException.of("ownerFullName", "at least two characters");
    }
    Instant now = clock.instant();
    List<JoinableGroup> found = new ArrayList<>();
    PageRequest page = PageRequest.first(MAX_SEARCH_RESULTS);
    while (found.size() < MAX_SEARCH_RESULTS) {
      List<CustomerSummary> owners =
          store.customers().page(CustomerFilter.builder().fullName(text).build(), page).items();
      for (CustomerSummary owner : owners) {
        if (owner.status() == CustomerStatus.CLOSED) {
          continue;
        }
        for (SharingGroup group : store.sharingGroups().ofOwner(owner.id())) {
          if (group.isSharingAt(now) && found.size() < MAX_SEARCH_RESULTS) {
            found.add(new JoinableGroup(group, owner.id(), owner.fullName()));
          }
        }
      }
      if (owners.size() < page.size()) {
        break;
      }
      page = page.next();
    }
    return List.copyOf(found);
  }

  @Override
  public SharingGroup join(JoinRequest request) {
    FieldErrors input = new FieldErrors();
    checkEnd(request.validity(), input);
    input.throwIfAny();
    return runner.run(events -> {
      Instant now = clock.instant();
      SharingGroup group = liveGroup(request.groupId());
      if (!group.isSharingAt(now)) {
        throw new ConflictException(ConflictException.Reason.ILLEGAL_STATE,
            "sharing group " + group.id() + " is " + group.status() + (group.validity().contains(now) ? "" : " and not in force"));
      }
      Subscription member = openSubscription(request.memberSubscriptionId(), "memberSubscriptionId");
      FieldErrors errors = new FieldErrors();
      if (errors.check(!member.id().equals(group.ownerSubscriptionId()), "memberSubscriptionId",
          "is the group's owner subscription")) {
        errors.check(!member.balanceGroupId().equals(group.ownerGroupId()), "memberSubscriptionId",
            "already uses the owner's balance group " + group.ownerGroupId());
      }
      errors.throwIfAny();
      Optional<SharingGroup> current = store.sharingGroups().ofMember(member.id());
      if (current.isPresent()) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE,
            "subscription " + member.id() + " is already a member of sharing group " + current.get().id());
      }
      SharingMember joined = new SharingMember(member.id(), member.customerId(), member.balanceGroupId(),
          request.validity() == null ? Validity.from(now) : request.validity(), MemberStatus.ACTIVE, now);
      SharingGroup stored = store.sharingGroups().update(group.withMember(joined));
      events.add(new SharingEvent.Joined(stored.id(), joined, now));
      return stored;
    });
  }

  @Override
  public SharingGroup editMembership(MembershipChange change) {
    FieldErrors errors = new FieldErrors();
    checkEnd(change.validity(), errors);
    errors.throwIfAny();
    return runner.run(events -> {
      SharingGroup group = groupOfMember(change.memberSubscriptionId());
      SharingMember member = group.member(change.memberSubscriptionId()).orElseThrow();
      SharingMember changed = member.with(change.status() == null ? member.status() : change.status(),
          change.validity() == null ? member.validity() : change.validity());
      SharingGroup stored = store.sharingGroups().update(group.withMember(changed));
      events.add(new SharingEvent.MembershipChanged(stored.id(), changed, clock.instant()));
      return stored;
    });
  }

  @Override
  public SharingGroup leave(SubscriptionId memberSubscriptionId) {
    return runner.run(events -> {
      SharingGroup group = groupOfMember(memberSubscriptionId);
      SharingGroup stored = store.sharingGroups().update(group.withoutMember(memberSubscriptionId));
      events.add(new SharingEvent.Left(stored.id(), memberSubscriptionId, clock.instant()));
      return stored;
    });
  }

  @Override
  public Optional<SharingGroup> find(SharingGroupId groupId) {
    return store.sharingGroups().find(requireNonNull(groupId, "groupId"));
  }

  @Override
  public List<SharingGroup> ofOwner(CustomerId ownerId) {
    return store.sharingGroups().ofOwner(requireNonNull(ownerId, "ownerId"));
  }

  @Override
  public Optional<SharingGroup> membership(SubscriptionId memberSubscriptionId) {
    return store.sharingGroups().ofMember(requireNonNull(memberSubscriptionId, "memberSubscriptionId"));
  }

  @Override
  public List<MemberUsage> usage(SharingGroupId groupId) {
    SharingGroup group = group(groupId);
    BalanceGroup owner = store.balanceGroups().find(group.ownerGroupId()).orElseThrow();
    BillingProfile profile = store.billingProfiles().find(owner.billingProfileId()).orElseThrow();
    BillingCycle cycle = profile.billedCycleOf(clock.instant());
    GroupBalances balances = store.balances().load(owner.id());
    Map<String, UsageCounter> counters = new HashMap<>();
    balances.counters().forEach(c -> counters.put(c.key(), c));
    List<MemberUsage> usage = new ArrayList<>();
    for (SharingMember member : group.members()) {
      for (String resource : group.policy().resources()) {
        UsageCounter counter = counters.get(SharingCounters.key(group.id(), member.subscriptionId(), resource));
        BigDecimal drawn = counter != null && counter.cycleStart().equals(cycle.start())
            ? counter.quantity() : BigDecimal.ZERO;
        usage.add(new MemberUsage(member.subscriptionId(), resource, cycle.start(), drawn,
            group.policy().cap(resource).orElse(null)));
      }
    }
    return List.copyOf(usage);
  }

  private SharingGroup group(SharingGroupId id) {
    return store.sharingGroups().find(requireNonNull(id, "groupId"))
        .orElseThrow(() -> new NotFoundException("sharing group " + id + " does not exist"));
  }

  /** The group, provided it is not cancelled: a cancelled group is final. */
  private SharingGroup liveGroup(SharingGroupId id) {
    SharingGroup group = group(id);
    if (group.status() == SharingStatus.CANCELLED) {
      throw new ConflictException(ConflictException.Reason.ILLEGAL_STATE, "sharing group " + id + " is cancelled");
    }
    return group;
  }

  private SharingGroup groupOfMember(SubscriptionId member) {
    return store.sharingGroups().ofMember(requireNonNull(member, "memberSubscriptionId"))
        .orElseThrow(() -> new NotFoundException("subscription " + member + " is not a member of a sharing group"));
  }

  /** The subscription, provided it is active and its customer open. */
  private Subscription openSubscription(SubscriptionId id, String what) {
    Subscription subscription = store.subscriptions().find(requireNonNull(id, what))
        .orElseThrow(() -> new NotFoundException("subscription " + id + " does not exist"));
    if (subscription.status() != SubscriptionStatus.ACTIVE) {
      throw new ConflictException(ConflictException.Reason.ILLEGAL_STATE, "subscription " + id + " is cancelled");
    }
    Customer customer = store.customers().find(subscription.customerId()).orElseThrow();
    if (customer.status() == CustomerStatus.CLOSED) {
      throw new ConflictException(ConflictException.Reason.ILLEGAL_STATE, "customer " + customer.id() + " is closed");
    }
    return subscription;
  }

  private static void checkName(String name, FieldErrors errors) {
    if (errors.requireText("name", name)) {
      errors.check(name.strip().length() <= NewSharingGroup.MAX_NAME_LENGTH, "name",
          "at most " + NewSharingGroup.MAX_NAME_LENGTH + " characters");
    }
  }

  /** A validity that is over already would share nothing: its end must be in the future. */
  private void checkEnd(@Nullable Validity validity, FieldErrors errors) {
    if (validity != null && validity.to() != null) {
      errors.check(validity.to().isAfter(clock.instant()), "validity", "must end in the future");
    }
  }

  private static void checkStatus(SharingStatus status, FieldErrors errors) {
    errors.check(status != SharingStatus.CANCELLED, "status", "a group is cancelled by cancel, not by its status");
  }

  private void checkPolicy(SharingPolicy policy, FieldErrors errors) {
    errors.check(!policy.resources().isEmpty(), "policy.resources", "share at least one resource");
    for (String code : policy.resources()) {
      errors.check(configuration.resource(code).isPresent(), "policy.resources", "unknown resource '" + code + "'");
    }
    policy.capsPerCycle().forEach((code, cap) -> {
      String field = "policy.capsPerCycle." + code;
      if (!errors.check(policy.shares(code), field, "a cap on a resource the policy does not share")) {
        return;
      }
      @Nullable Resource resource = configuration.resource(code).orElse(null);
      if (resource == null) {
        return;
      }
      if (errors.check(cap.signum() >= 0, field, "must not be negative")) {
        errors.check(resource.fits(cap), field, "at most " + resource.scale() + " decimals");
        errors.check(cap.precision() - cap.scale() + resource.scale() <= MAX_DIGITS, field,
            "below 10^" + (MAX_DIGITS - resource.scale()));
      }
    });
  }
}
