package org.monetization.subscription;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import org.monetization.catalog.ProductType;
import org.monetization.time.Validity;

/**
 * One product line of a subscription: what was bought, from which bundle, with the subscriber's
 * overrides applied and the final fee after discounts and coupons. Immutable.
 *
 * @param line the line number, unique within the subscription, from 1
 * @param bundleCode the bundle (of the plan, or a pack) the product came from
 * @param productCode the catalog product
 * @param type the product type
 * @param pack whether the line was bought as a pack on top of the plan, or with a voucher
 * @param quantity units bought or granted per cycle, after override
 * @param unitPrice price per unit after override, for fee products; null otherwise
 * @param fee what a cycle (recurring) or the purchase (one-time) costs after discounts and coupons:
 *     {@code unitPrice × quantity}, reduced, never negative; null for non-fee products
 * @param validity when the line is in force
 * @param status active or cancelled
 * @param serviceIdentifier the identifier of the provisioned service, for service products
 */
public record SubscribedProduct(
    int line,
    String bundleCode,
    String productCode,
    ProductType type,
    boolean pack,
    BigDecimal quantity,
    @Nullable MonetaryAmount unitPrice,
    @Nullable MonetaryAmount fee,
    Validity validity,
    ProductStatus status,
    @Nullable String serviceIdentifier) {

  /**
   * Checks the invariants.
   *
   * @throws IllegalArgumentException if the line is not positive, the quantity or fee negative, or a
   *     service product lacks its identifier
   */
  public SubscribedProduct {
    checkArgument(line >= 1, "line must be positive: %s", line);
    requireNonNull(bundleCode, "bundleCode");
    requireNonNull(productCode, "productCode");
    requireNonNull(type, "type");
    requireNonNull(quantity, "quantity");
    requireNonNull(validity, "validity");
    requireNonNull(status, "status");
    checkArgument(quantity.signum() >= 0, "quantity must not be negative: %s", quantity);
    checkArgument(fee == null || !fee.isNegative(), "fee must not be negative: %s", fee);
    checkArgument(
        (type == ProductType.SERVICE) == (serviceIdentifier != null),
        "exactly service products carry a service identifier");
  }

  /** Returns whether the line is active. */
  public boolean isActive() {
    return status == ProductStatus.ACTIVE;
  }

  /**
   * Returns a copy with another status and validity end.
   *
   * @param value the status
   * @param until the new validity
   * @return the changed line
   */
  public SubscribedProduct with(ProductStatus value, Validity until) {
    return new SubscribedProduct(
        line, bundleCode, productCode, type, pack, quantity, unitPrice, fee, until, value, serviceIdentifier);
  }
}
