package org.monetization.subscription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroupId;
import org.monetization.customer.CustomerId;

/**
 * Subscribes a customer's balance group to a plan (SUB-1), with per-product choices and promotion codes.
 * Immutable; fields may be absent so that validation can report all of them at once.
 *
 * @param customerId the subscriber
 * @param balanceGroupId the subscriber's balance group the subscription is bound to
 * @param planCode the plan of the current catalog
 * @param promotionCodes coupons (discounts) and vouchers (each buys its bundle) to redeem
 * @param products per-product choices; products without one keep the catalog's values
 * @param globalServiceIdentifier identifier for every service product that names none
 * @param startAt when the subscription starts; null for now
 */
public record SubscribeRequest(
    @Nullable CustomerId customerId,
    @Nullable BalanceGroupId balanceGroupId,
    @Nullable String planCode,
    List<String> promotionCodes,
    List<ProductChoice> products,
    @Nullable String globalServiceIdentifier,
    @Nullable Instant startAt) {

  /** Copies the lists. */
  public SubscribeRequest {
    promotionCodes = List.copyOf(promotionCodes);
    products = List.copyOf(products);
  }

  /**
   * Returns a builder for a subscription of the balance group to the plan.
   *
   * @param customerId the subscriber
   * @param balanceGroupId its balance group
   * @param planCode the plan
   * @return the builder
   */
  public static Builder builder(CustomerId customerId, BalanceGroupId balanceGroupId, String planCode) {
    return new Builder(customerId, balanceGroupId, planCode);
  }

  /** Builds a {@link SubscribeRequest}. Not thread-safe. */
  public static final class Builder {
    private final CustomerId customerId;
    private final BalanceGroupId balanceGroupId;
    private final String planCode;
    private final List<String> promotionCodes = new ArrayList<>();
    private final List<ProductChoice> products = new ArrayList<>();
    private @Nullable String globalServiceIdentifier;
    private @Nullable Instant startAt;

    private Builder(CustomerId customerId, BalanceGroupId balanceGroupId, String planCode) {
      this.customerId = customerId;
      this.balanceGroupId = balanceGroupId;
      this.planCode = planCode;
    }

    /**
     * Adds a promotion code.
     *
     * @param code a coupon or voucher code
     * @return this builder
     */
    public Builder promotionCode(String code) {
      promotionCodes.add(code);
      return this;
    }

    /**
     * Adds a product choice.
     *
     * @param choice the choice
     * @return this builder
     */
    public Builder product(ProductChoice choice) {
      products.add(choice);
      return this;
    }

    /**
     * Sets the identifier applied to every service product that names none.
     *
     * @param identifier the service identifier
     * @return this builder
     */
    public Builder globalServiceIdentifier(String identifier) {
      this.globalServiceIdentifier = identifier;
      return this;
    }

    /**
     * Sets when the subscription starts.
     *
     * @param instant the start
     * @return this builder
     */
    public Builder startAt(Instant instant) {
      this.startAt = instant;
      return this;
    }

    /** Returns the request. */
    public SubscribeRequest build() {
      return new SubscribeRequest(
          customerId, balanceGroupId, planCode, promotionCodes, products, globalServiceIdentifier, startAt);
    }
  }
}
