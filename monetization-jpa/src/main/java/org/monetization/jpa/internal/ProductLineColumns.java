package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.monetization.catalog.ProductType;
import org.monetization.subscription.ProductStatus;
import org.monetization.subscription.SubscribedProduct;
import org.monetization.time.Validity;

/**
 * One row of {@code mon_subscription_product}: a {@link SubscribedProduct}; its position in the
 * subscription's list is the order column. Numbers are held at the columns' scale (see
 * {@link StoredValues#decimal(BigDecimal)}), the quantity's own scale beside it, and each nullable amount
 * as a nullable number and currency code.
 */
@Embeddable
record ProductLineColumns(
    @Column(name = "line_number", nullable = false) int line,
    @Column(name = "bundle_code", nullable = false) String bundleCode,
    @Column(name = "product_code", nullable = false) String productCode,
    @Column(name = "product_type", nullable = false, length = 16) String type,
    @Column(name = "pack", nullable = false) boolean pack,
    @Column(name = "quantity", nullable = false, precision = StoredValues.DECIMAL_PRECISION,
        scale = StoredValues.DECIMAL_SCALE) BigDecimal quantity,
    @Column(name = "quantity_scale", nullable = false) int quantityScale,
    @Column(name = "unit_price", precision = StoredValues.DECIMAL_PRECISION, scale = StoredValues.DECIMAL_SCALE)
        @Nullable BigDecimal unitPrice,
    @Column(name = "unit_price_currency", length = 16) @Nullable String unitPriceCurrency,
    @Column(name = "fee", precision = StoredValues.DECIMAL_PRECISION, scale = StoredValues.DECIMAL_SCALE)
        @Nullable BigDecimal fee,
    @Column(name = "fee_currency", length = 16) @Nullable String feeCurrency,
    @Column(name = "valid_from", nullable = false) Instant validFrom,
    @Column(name = "valid_to") @Nullable Instant validTo,
    @Column(name = "status", nullable = false, length = 16) String status,
    @Column(name = "service_identifier") @Nullable String serviceIdentifier) {

  static ProductLineColumns of(SubscribedProduct product) {
    return new ProductLineColumns(
        product.line(),
        product.bundleCode(),
        product.productCode(),
        product.type().name(),
        product.pack(),
        StoredValues.decimal(product.quantity()),
        product.quantity().scale(),
        StoredValues.nullableNumber(product.unitPrice()),
        StoredValues.nullableCurrency(product.unitPrice()),
        StoredValues.nullableNumber(product.fee()),
        StoredValues.nullableCurrency(product.fee()),
        StoredValues.instant(product.validity().from()),
        StoredValues.nullableInstant(product.validity().to()),
        product.status().name(),
        product.serviceIdentifier());
  }

  SubscribedProduct toProduct() {
    return new SubscribedProduct(
        line,
        bundleCode,
        productCode,
        ProductType.valueOf(type),
        pack,
        StoredValues.decimal(quantity, quantityScale),
        StoredValues.nullableAmount(unitPrice, unitPriceCurrency),
        StoredValues.nullableAmount(fee, feeCurrency),
        new Validity(validFrom, validTo),
        ProductStatus.valueOf(status),
        serviceIdentifier);
  }
}
