package org.monetization.subscription;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Adds a pack, an add-on bundle that the subscription's plan offers, to a subscription (SUB-2). Immutable.
 *
 * @param packCode the bundle code of the pack
 * @param products per-product choices within the pack (bundle code = the pack code)
 * @param promotionCodes coupons to apply to the pack's fees
 */
public record PackRequest(@Nullable String packCode, List<ProductChoice> products, List<String> promotionCodes) {

  /** Copies the lists. */
  public PackRequest {
    products = List.copyOf(products);
    promotionCodes = List.copyOf(promotionCodes);
  }

  /**
   * Returns a request for the pack with the catalog's values.
   *
   * @param packCode the pack
   * @return the request
   */
  public static PackRequest of(String packCode) {
    return new PackRequest(packCode, List.of(), List.of());
  }
}
