package org.monetization.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The price of a tariff's unit under some conditions on the event's rating fields (CFG-6), e.g.
 * {@code zone = EU} and {@code period = PEAK}. Rates without conditions are the default. Tiers are kept
 * sorted by their start; the first starts at 0. Immutable.
 *
 * @param conditions rating field name to the value it must equal; empty for the default rate
 * @param tiers the volume tiers, at least one, the first from quantity 0, starts distinct
 */
public record Rate(Map<String, String> conditions, List<Tier> tiers) {

  /**
   * Copies and sorts, and checks the tiers.
   *
   * @throws IllegalArgumentException if there is no tier, the first does not start at 0, or two start at
   *     the same quantity
   */
  public Rate {
    conditions = Map.copyOf(conditions);
    tiers = tiers.stream().sorted(Comparator.comparing(Tier::fromQuantity)).toList();
    checkArgument(!tiers.isEmpty(), "a rate needs at least one tier");
    checkArgument(tiers.get(0).fromQuantity().signum() == 0, "the first tier must start at 0");
    for (int i = 1; i < tiers.size(); i++) {
      checkArgument(
          tiers.get(i).fromQuantity().compareTo(tiers.get(i - 1).fromQuantity()) > 0,
          "tiers must start at distinct quantities");
    }
  }

  /**
   * Returns a one-tier rate applying under the given conditions.
   *
   * @param conditions rating field values
   * @param pricePerUnit the price of one unit
   * @return the rate
   */
  public static Rate of(Map<String, String> conditions, javax.money.MonetaryAmount pricePerUnit) {
    return new Rate(conditions, List.of(Tier.flat(pricePerUnit)));
  }

  /**
   * Returns whether this rate applies to an event with the given rating field values.
   *
   * @param fields the event's rating field values
   * @return true if every condition is met
   */
  public boolean matches(Map<String, String> fields) {
    for (Map.Entry<String, String> condition : conditions.entrySet()) {
      if (!condition.getValue().equals(fields.get(condition.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
