package org.monetization.subscription;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import org.monetization.time.Validity;

/**
 * What the subscriber chose for one product of a plan's bundle during onboarding (CUS-5): overrides of
 * quantity, value and validity, the purchase flag for optional products, and the service identifier of a
 * service product. Absent overrides keep the catalog's values. Immutable.
 *
 * @param bundleCode the bundle of the plan that holds the product
 * @param productCode the product
 * @param quantity overridden quantity, not negative
 * @param value overridden price, not negative
 * @param validity overridden validity
 * @param purchase whether an optional product is bought
 * @param serviceIdentifier identifier of the service for a service product (a string or a device id)
 */
public record ProductChoice(
    String bundleCode,
    String productCode,
    @Nullable BigDecimal quantity,
    @Nullable MonetaryAmount value,
    @Nullable Validity validity,
    boolean purchase,
    @Nullable String serviceIdentifier) {}
