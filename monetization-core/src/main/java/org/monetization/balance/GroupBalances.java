package org.monetization.balance;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every balance and usage counter of one balance group: the aggregate that rating and balance commands
 * change as a whole, so that concurrent updates of one group serialise on its version (optimistic
 * locking) while different groups proceed in parallel. Immutable; storage bumps {@link #version()} on
 * every update.
 *
 * @param groupId the balance group
 * @param balances its balances, by id
 * @param counters its usage counters, by key
 * @param version optimistic-lock version
 */
public record GroupBalances(
    BalanceGroupId groupId, List<Balance> balances, List<UsageCounter> counters, long version) {

  /** Copies the lists. */
  public GroupBalances {
    requireNonNull(groupId, "groupId");
    balances = List.copyOf(balances);
    counters = List.copyOf(counters);
  }

  /**
   * Returns the state of a group that has never held a balance.
   *
   * @param groupId the group
   * @return the empty aggregate, at version 0
   */
  public static GroupBalances empty(BalanceGroupId groupId) {
    return new GroupBalances(groupId, List.of(), List.of(), 0);
  }

  /**
   * Returns the balance with the given id.
   *
   * @param id the balance id
   * @return the balance, if the group holds it
   */
  public Optional<Balance> balance(BalanceId id) {
    return balances.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /**
   * Returns the total of the balances valid at the instant, per resource, sorted by resource code.
   *
   * @param at the instant
   * @return the totals; resources without a valid balance are absent
   */
  public List<BalanceTotal> totals(Instant at) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (Balance balance : balances) {
      if (balance.isValidAt(at)) {
        sums.merge(balance.resource(), balance.amount(), BigDecimal::add);
      }
    }
    return sums.entrySet().stream().map(e -> new BalanceTotal(e.getKey(), e.getValue())).toList();
  }

  /**
   * Returns a copy where the balance of the same id is replaced, or the balance is added.
   *
   * @param balance the new or changed balance
   * @return the copy
   */
  public GroupBalances with(Balance balance) {
    List<Balance> changed = new ArrayList<>(balances.size() + 1);
    boolean replaced = false;
    for (Balance existing : balances) {
      if (existing.id().equals(balance.id())) {
        changed.add(balance);
        replaced = true;
      } else {
        changed.add(existing);
      }
    }
    if (!replaced) {
      changed.add(balance);
    }
    return new GroupBalances(groupId, changed, counters, version);
  }

  /**
   * Returns a copy with other balances and counters.
   *
   * @param newBalances the balances
   * @param newCounters the counters
   * @return the copy
   */
  public GroupBalances with(List<Balance> newBalances, List<UsageCounter> newCounters) {
    return new GroupBalances(groupId, newBalances, newCounters, version);
  }

  /**
   * Returns a copy with the given version; for storage adapters.
   *
   * @param value the stored version
   * @return the copy
   */
  public GroupBalances withVersion(long value) {
    return new GroupBalances(groupId, balances, counters, value);
  }
}
