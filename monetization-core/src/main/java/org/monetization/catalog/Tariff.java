package org.monetization.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How usage of a service product is priced (CFG-6): the unit events are measured in, the rounding step
 * (bill per started minute = step 60 on a unit of seconds), the free-unit resources consumed before money,
 * and the rates selected by the event's rating fields. Data, not code: built here or read from JSON.
 * Immutable.
 *
 * <p>Rate selection: among the rates whose conditions the event meets, the most specific one (the one with
 * the most conditions) applies. {@link ProductCatalog#validate()} reports rates that could both match one
 * event with neither more specific than the other.
 *
 * @param unit the unit of quantity, e.g. {@code SECOND}, {@code MB}, {@code SMS}
 * @param roundingStep usage is rounded up to a multiple of this many units; positive
 * @param freeUnitResources resources (by code) consumed before money, in this order
 * @param rates the rates, at least one
 */
public record Tariff(String unit, BigDecimal roundingStep, List<String> freeUnitResources, List<Rate> rates) {

  /**
   * Copies the lists and checks the step and rates.
   *
   * @throws IllegalArgumentException if the unit is blank, the step not positive, or there is no rate
   */
  public Tariff {
    requireNonNull(unit, "unit");
    requireNonNull(roundingStep, "roundingStep");
    checkArgument(!unit.isBlank(), "tariff unit must not be blank");
    checkArgument(roundingStep.signum() > 0, "rounding step must be positive: %s", roundingStep);
    freeUnitResources = List.copyOf(freeUnitResources);
    rates = List.copyOf(rates);
    checkArgument(!rates.isEmpty(), "a tariff needs at least one rate");
  }

  /**
   * Returns a tariff with one unconditional rate.
   *
   * @param unit the unit
   * @param roundingStep the rounding step in units
   * @param pricePerUnit the price of one unit
   * @return the tariff
   */
  public static Tariff flat(String unit, BigDecimal roundingStep, javax.money.MonetaryAmount pricePerUnit) {
    return new Tariff(unit, roundingStep, List.of(), List.of(Rate.of(Map.of(), pricePerUnit)));
  }

  /**
   * Returns the rate that applies to an event with the given rating field values.
   *
   * @param fields the event's rating field values
   * @return the most specific matching rate; empty when none matches
   */
  public Optional<Rate> rateFor(Map<String, String> fields) {
    Rate best = null;
    for (Rate rate : rates) {
      if (rate.matches(fields) && (best == null || rate.conditions().size() > best.conditions().size())) {
        best = rate;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns the quantity rounded up to the next multiple of the rounding step.
   *
   * @param quantity a non-negative usage quantity
   * @return the rounded quantity
   * @throws IllegalArgumentException if the quantity is negative
   */
  public BigDecimal round(BigDecimal quantity) {
    checkArgument(quantity.signum() >= 0, "quantity must not be negative: %s", quantity);
    BigDecimal steps = quantity.divide(roundingStep, 0, RoundingMode.CEILING);
    return steps.multiply(roundingStep);
  }
}
