package org.monetization.rating.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.monetization.catalog.Rate;
import org.monetization.catalog.Tariff;
import org.monetization.catalog.Tier;

/**
 * A tariff turned into scaled {@code long}s, once per catalog product: quantities at {@link #scale} (the
 * finest of the rounding step and the tier starts), prices of a rate at the rate's price scale. Immutable;
 * cached because catalog versions never change.
 */
final class CompiledTariff {
  /** One rate's tiers: tier i prices the units from {@code starts[i]} (inclusive) to the next start. */
  record CompiledRate(long[] starts, long[] prices, int priceScale, CurrencyUnit currency) {}

  final Tariff tariff;
  final int scale;
  final long step;
  // the rates' conditions as arrays, in the tariff's order: matching reads no map iterator per event
  private final String[][] conditionKeys;
  private final String[][] conditionValues;
  private final CompiledRate[] inOrder;

  CompiledTariff(Tariff tariff) {
    this.tariff = tariff;
    int finest = Math.max(0, tariff.roundingStep().stripTrailingZeros().scale());
    for (Rate rate : tariff.rates()) {
      for (Tier tier : rate.tiers()) {
        finest = Math.max(finest, tier.fromQuantity().stripTrailingZeros().scale());
      }
    }
    this.scale = finest;
    this.step = Scaled.exact(tariff.roundingStep(), scale);
    List<Rate> all = tariff.rates();
    conditionKeys = new String[all.size()][];
    conditionValues = new String[all.size()][];
    inOrder = new CompiledRate[all.size()];
    for (int i = 0; i < all.size(); i++) {
      Rate rate = all.get(i);
      CompiledRate compiled = compile(rate);
      inOrder[i] = compiled;
      conditionKeys[i] = rate.conditions().keySet().toArray(String[]::new);
      conditionValues[i] = new String[conditionKeys[i].length];
      for (int k = 0; k < conditionKeys[i].length; k++) {
        conditionValues[i][k] = rate.conditions().get(conditionKeys[i][k]);
      }
    }
  }

  private CompiledRate compile(Rate rate) {
    List<Tier> tiers = rate.tiers();
    int priceScale = 0;
    for (Tier tier : tiers) {
      priceScale = Math.max(priceScale, price(tier).stripTrailingZeros().scale());
    }
    long[] starts = new long[tiers.size()];
    long[] prices = new long[tiers.size()];
    for (int i = 0; i < tiers.size(); i++) {
      starts[i] = Scaled.exact(tiers.get(i).fromQuantity(), scale);
      prices[i] = Scaled.exact(price(tiers.get(i)), priceScale);
    }
    return new CompiledRate(starts, prices, priceScale, tiers.get(0).pricePerUnit().getCurrency());
  }

  private static BigDecimal price(Tier tier) {
    return tier.pricePerUnit().getNumber().numberValue(BigDecimal.class);
  }

  /** Returns the most specific rate for the rating fields, as {@link Tariff#rateFor(Map)} selects it. */
  Optional<CompiledRate> rateFor(Map<String, String> fields) {
    int best = -1;
    for (int i = 0; i < inOrder.length; i++) {
      // the first of the rates with the most conditions that all match, as Tariff.rateFor
      if ((best < 0 || conditionKeys[i].length > conditionKeys[best].length) && matches(i, fields)) {
        best = i;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(inOrder[best]);
  }

  private boolean matches(int rate, Map<String, String> fields) {
    String[] keys = conditionKeys[rate];
    for (int k = 0; k < keys.length; k++) {
      if (!conditionValues[rate][k].equals(fields.get(keys[k]))) {
        return false;
      }
    }
    return true;
  }

  /** Returns the quantity rounded up to the rounding step, at {@link #scale}. */
  long round(BigDecimal quantity) {
    long units = Scaled.ceiling(quantity, scale);
    long steps = units / step + (units % step == 0 ? 0 : 1);
    return Math.multiplyExact(steps, step);
  }

  /**
   * Returns the price of the units {@code [from, to)} of the cycle, at scale {@code scale + priceScale}:
   * each unit priced by the tier it falls in.
   */
  static long cost(CompiledRate rate, long from, long to) {
    long total = 0;
    long[] starts = rate.starts();
    for (int i = 0; i < starts.length; i++) {
      long tierEnd = i + 1 < starts.length ? starts[i + 1] : Long.MAX_VALUE;
      long overlap = Math.min(to, tierEnd) - Math.max(from, starts[i]);
      if (overlap > 0) {
        total = Math.addExact(total, Math.multiplyExact(overlap, rate.prices()[i]));
      }
    }
    return total;
  }
}
