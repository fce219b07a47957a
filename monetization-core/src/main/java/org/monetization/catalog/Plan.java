package org.monetization.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;
import org.monetization.time.Validity;

/**
 * The top object of the offer (CFG-5): what a customer subscribes to. It is made of bundles, and offers
 * packs (add-on bundles) that its subscribers may buy on top. Prices of its bundles are in its currency.
 * Immutable.
 *
 * @param code unique in the catalog
 * @param name display name
 * @param currency the currency of every price in the plan's bundles and packs
 * @param bundleCodes the bundles subscribed with the plan, at least one
 * @param packCodes the bundles a subscriber may add on top
 * @param validity when the plan can be subscribed to; null for always
 */
public record Plan(
    String code,
    String name,
    CurrencyUnit currency,
    List<String> bundleCodes,
    List<String> packCodes,
    @Nullable Validity validity) {

  /** Copies the lists. */
  public Plan {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(currency, "currency");
    bundleCodes = List.copyOf(bundleCodes);
    packCodes = List.copyOf(packCodes);
  }
}
