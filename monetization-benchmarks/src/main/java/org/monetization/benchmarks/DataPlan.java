package org.monetization.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.monetization.catalog.Bundle;
import org.monetization.catalog.Plan;
import org.monetization.catalog.Product;
import org.monetization.catalog.ProductCatalog;
import org.monetization.catalog.ProductType;
import org.monetization.catalog.Rate;
import org.monetization.catalog.Tariff;
import org.monetization.catalog.Tier;
import org.monetization.config.AttributeType;
import org.monetization.config.FieldRole;
import org.monetization.config.ServiceField;
import org.monetization.config.ServiceType;

/**
 * The data plan both rating benchmarks rate against, in memory and on the JPA store, so that their
 * figures compare: one data service priced per MB after free units of {@code DATA_MB}, with a zone rate in
 * two volume tiers.
 */
final class DataPlan {
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  private DataPlan() {}

  /** Returns the catalog of the data plan {@code DATA_PLAN}. */
  static ProductCatalog catalog() {

    ServiceType data = new ServiceType("DATA", "Data session", List.of(
        new ServiceField("startTime", AttributeType.DATE_TIME, FieldRole.MANDATORY),
        new ServiceField("zone", AttributeType.STRING, FieldRole.RATING)));
    Tariff tariff = new Tariff("MB", BigDecimal.ONE, List.of("DATA_MB"), List.of(
        Rate.of(Map.of(), Money.of(new BigDecimal("0.01"), EUR)),
        new Rate(Map.of("zone", "EU"), List.of(Tier.flat(Money.of(new BigDecimal("0.0100"), EUR)),
            new Tier(new BigDecimal("10000"), Money.of(new BigDecimal("0.0050"), EUR))))));
    Bundle bundle = Bundle.of("DATA_BUNDLE", List.of(
        Product.builder("DATA", ProductType.SERVICE).tariff("DATA", tariff).build()), List.of());
    return ProductCatalog.builder()
        .serviceType(data)
        .bundle(bundle)
        .plan(new Plan("DATA_PLAN", "Data plan", EUR, List.of("DATA_BUNDLE"), List.of(), null))
        .build();
  }

  /** Returns the event quantities of a batch: 0.1 to 49.7 MB, cycling. */
  static BigDecimal[] quantities(int batch) {
    BigDecimal[] quantities = new BigDecimal[batch];
    for (int i = 0; i < batch; i++) {
      quantities[i] = BigDecimal.valueOf(1 + i % 7, 1).add(BigDecimal.valueOf(i % 50));
    }
    return quantities;
  }
}
