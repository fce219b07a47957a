package org.monetization.subscription;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * What a subscription would be, priced, without creating it: the product lines with their final fees
 * after overrides, discounts and coupons, the one-off charges, the services that would be provisioned,
 * and the recurring total per cycle. Immutable.
 *
 * @param planCode the plan
 * @param catalogVersion the catalog version it was priced with
 * @param startAt when it would start
 * @param products the product lines
 * @param oneTimeCharges one-time fees left for the first bill
 * @param services the service identifiers that would be provisioned, with their products
 * @param recurringTotal the sum of the recurring fees of one full cycle
 */
public record SubscriptionQuote(
    String planCode,
    int catalogVersion,
    Instant startAt,
    List<SubscribedProduct> products,
    List<PendingCharge> oneTimeCharges,
    List<ProvisionedService> services,
    MonetaryAmount recurringTotal) {

  /** Copies the lists. */
  public SubscriptionQuote {
    requireNonNull(planCode, "planCode");
    requireNonNull(startAt, "startAt");
    requireNonNull(recurringTotal, "recurringTotal");
    products = List.copyOf(products);
    oneTimeCharges = List.copyOf(oneTimeCharges);
    services = List.copyOf(services);
  }
}
