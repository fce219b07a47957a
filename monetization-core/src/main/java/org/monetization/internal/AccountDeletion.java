package org.monetization.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.monetization.balance.BalanceGroup;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.GroupBalances;
import org.monetization.balance.UsageCounter;
import org.monetization.customer.CustomerId;
import org.monetization.sharing.SharingGroup;
import org.monetization.sharing.SharingGroupId;
import org.monetization.spi.Store;
import org.monetization.subscription.ProvisionedService;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionId;

/**
 * Deletes a customer and everything the store holds of it, for the purge of a closed account (CUS-8): its
 * subscriptions with their services and rated usage, its memberships of other customers' sharing groups
 * with the counters of what they drew there (kept in the owners' balances), the sharing groups it owns, its
 * balance groups with their balances, ledger, credit profile and notifications, and its billing profiles.
 * Promotion redemptions stay counted (a code's limit counts every use). Runs inside the caller's
 * transaction, so that an account is deleted whole or not at all. Here rather than in the customer area
 * because it reaches into every area that holds a customer's data.
 */
public final class AccountDeletion {
  private final Store store;

  /**
   * Creates the deletion over a store.
   *
   * @param store the store holding the accounts
   */
  public AccountDeletion(Store store) {
    this.store = requireNonNull(store, "store");
  }

  /**
   * Deletes the customer and its data.
   *
   * @param id the customer
   * @return whether the customer was stored
   */
  public boolean delete(CustomerId id) {
    Map<BalanceGroupId, List<Membership>> drawnFrom = new LinkedHashMap<>();
    for (Subscription subscription : store.subscriptions().ofCustomer(id)) {
      store.sharingGroups().ofMember(subscription.id())
          .filter(group -> !group.ownerId().equals(id))
          .ifPresent(group -> {
            store.sharingGroups().update(group.withoutMember(subscription.id()));
            drawnFrom.computeIfAbsent(group.ownerGroupId(), owner -> new ArrayList<>())
                .add(new Membership(group.id(), subscription.id()));
          });
      for (ProvisionedService service : store.services().ofSubscription(subscription.id())) {
        store.usageEvents().deleteOfService(service.identifier(), subscription.id());
      }
      store.services().deleteOfSubscription(subscription.id());
    }
    drawnFrom.forEach(this::deleteDrawCounters);
    for (SharingGroup group : store.sharingGroups().ofOwner(id)) {
      store.sharingGroups().delete(group.id());
    }
    for (BalanceGroup group : store.balanceGroups().ofCustomer(id)) {
      store.notifications().deleteOfGroup(group.id());
      store.creditProfiles().delete(group.id());
      store.adjustments().deleteOfGroup(group.id());
      store.balances().delete(group.id());
    }
    store.subscriptions().deleteOfCustomer(id);
    store.balanceGroups().deleteOfCustomer(id);
    store.billingProfiles().deleteOfCustomer(id);
    return store.customers().delete(id);
  }

  /** A subscription of the purged account in another customer's sharing group. */
  private record Membership(SharingGroupId groupId, SubscriptionId member) {}

  /**
   * Removes from an owner's balances the counters of what the purged subscriptions drew as members of its
   * groups: keyed by those subscriptions, they would outlive them in another customer's data. One load and,
   * if a counter goes, one versioned save per owner's balance group, so that an owner's rating committed
   * meanwhile makes the purge's chunk retry (lost optimistic lock) instead of being overwritten.
   */
  private void deleteDrawCounters(BalanceGroupId ownerBalances, List<Membership> memberships) {
    GroupBalances balances = store.balances().load(ownerBalances);
    List<UsageCounter> kept = balances.counters().stream()
        .filter(counter -> memberships.stream()
            .noneMatch(m -> SharingCounters.isOf(counter.key(), m.groupId(), m.member())))
        .toList();
    if (kept.size() < balances.counters().size()) {
      store.balances().save(balances.with(balances.balances(), kept));
    }
  }
}
