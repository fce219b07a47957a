package org.monetization.subscription;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroupId;
import org.monetization.customer.CustomerId;

/**
 * A customer's subscription to a plan (SUB-1): bound to one balance group, made of product lines (the
 * plan's bundles and any packs), with the coupons redeemed on it and the one-off charges its changes left
 * for the next bill. The aggregate that {@link Subscriptions} commands change as a whole. Immutable;
 * storage bumps {@link #version()} on every update.
 *
 * @param id the subscription's id
 * @param customerId the subscriber
 * @param balanceGroupId the balance group its usage and fees impact
 * @param planCode the current plan
 * @param catalogVersion the catalog version the current plan was priced with
 * @param status active or cancelled
 * @param startedAt when the subscription started
 * @param endedAt when it was cancelled; null while active
 * @param products every product line, in line order
 * @param couponCodes the coupons redeemed on it
 * @param pendingCharges one-off amounts left for the next bill
 * @param version optimistic-lock version
 */
public record Subscription(
    SubscriptionId id,
    CustomerId customerId,
    BalanceGroupId balanceGroupId,
    String planCode,
    int catalogVersion,
    SubscriptionStatus status,
    Instant startedAt,
    @Nullable Instant endedAt,
    List<SubscribedProduct> products,
    List<String> couponCodes,
    List<PendingCharge> pendingCharges,
    long version) {

  /**
   * Copies the lists and checks the invariants.
   *
   * @throws IllegalArgumentException if line numbers repeat, or the end does not match the status
   */
  public Subscription {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(balanceGroupId, "balanceGroupId");
    requireNonNull(planCode, "planCode");
    requireNonNull(status, "status");
    requireNonNull(startedAt, "startedAt");
    products = List.copyOf(products);
    couponCodes = List.copyOf(couponCodes);
    pendingCharges = List.copyOf(pendingCharges);
    checkArgument(
        products.stream().mapToInt(SubscribedProduct::line).distinct().count() == products.size(),
        "product lines must be unique");
    checkArgument((status == SubscriptionStatus.CANCELLED) == (endedAt != null), "endedAt is set exactly when cancelled");
  }

  /**
   * Returns the product line with the given number.
   *
   * @param line the line number
   * @return the line, if any
   */
  public Optional<SubscribedProduct> line(int line) {
    return products.stream().filter(p -> p.line() == line).findFirst();
  }

  /** Returns the active product lines. */
  public List<SubscribedProduct> activeProducts() {
    return products.stream().filter(SubscribedProduct::isActive).toList();
  }

  /** Returns the next free line number. */
  public int nextLine() {
    return products.stream().mapToInt(SubscribedProduct::line).max().orElse(0) + 1;
  }

  /**
   * Returns a copy with other product lines, coupons and pending charges.
   *
   * @param newProducts the product lines
   * @param newCoupons the coupon codes
   * @param newCharges the pending charges
   * @return the changed subscription
   */
  public Subscription with(List<SubscribedProduct> newProducts, List<String> newCoupons, List<PendingCharge> newCharges) {
    return new Subscription(id, customerId, balanceGroupId, planCode, catalogVersion, status, startedAt, endedAt,
        newProducts, newCoupons, newCharges, version);
  }

  /**
   * Returns a copy on another plan.
   *
   * @param newPlanCode the plan
   * @param newCatalogVersion the catalog version it was priced with
   * @return the changed subscription
   */
  public Subscription onPlan(String newPlanCode, int newCatalogVersion) {
    return new Subscription(id, customerId, balanceGroupId, newPlanCode, newCatalogVersion, status, startedAt,
        endedAt, products, couponCodes, pendingCharges, version);
  }

  /**
   * Returns a cancelled copy.
   *
   * @param at when the cancellation takes effect
   * @param newProducts the product lines, cancelled
   * @return the cancelled subscription
   */
  public Subscription cancelled(Instant at, List<SubscribedProduct> newProducts) {
    return new Subscription(id, customerId, balanceGroupId, planCode, catalogVersion, SubscriptionStatus.CANCELLED,
        startedAt, at, newProducts, couponCodes, pendingCharges, version);
  }

  /**
   * Returns a copy with the given version; for storage adapters.
   *
   * @param value the stored version
   * @return the copy
   */
  public Subscription withVersion(long value) {
    return new Subscription(id, customerId, balanceGroupId, planCode, catalogVersion, status, startedAt, endedAt,
        products, couponCodes, pendingCharges, value);
  }
}
