package org.monetization.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.monetization.catalog.Bundle;
import org.monetization.catalog.Coupon;
import org.monetization.catalog.Discount;
import org.monetization.catalog.Plan;
import org.monetization.catalog.Product;
import org.monetization.catalog.ProductCatalog;
import org.monetization.catalog.ProductType;
import org.monetization.catalog.Rate;
import org.monetization.catalog.Tariff;
import org.monetization.catalog.Tier;
import org.monetization.catalog.Voucher;
import org.monetization.config.AttributeType;
import org.monetization.config.FieldRole;
import org.monetization.config.ServiceField;
import org.monetization.config.ServiceType;
import org.monetization.time.Validity;

/** A realistic mobile catalog: voice, data, SMS, a roaming pack, a 1000 MB allowance, a coupon, a voucher. */
public final class CatalogFixtures {
  public static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  private CatalogFixtures() {}

  public static MonetaryAmount eur(String amount) {
    return Money.of(new BigDecimal(amount), EUR);
  }

  public static ServiceType voice() {
    return new ServiceType(
        "VOICE",
        "Voice call",
        List.of(
            new ServiceField("startTime", AttributeType.DATE_TIME, FieldRole.MANDATORY),
            new ServiceField("endTime", AttributeType.DATE_TIME, FieldRole.MANDATORY),
            new ServiceField("origin", AttributeType.STRING, FieldRole.MANDATORY),
            new ServiceField("destination", AttributeType.STRING, FieldRole.MANDATORY),
            new ServiceField("zone", AttributeType.STRING, FieldRole.RATING),
            new ServiceField("period", AttributeType.STRING, FieldRole.RATING)));
  }

  public static ServiceType data() {
    return new ServiceType(
        "DATA",
        "Data session",
        List.of(
            new ServiceField("startTime", AttributeType.DATE_TIME, FieldRole.MANDATORY),
            new ServiceField("apn", AttributeType.STRING, FieldRole.OPTIONAL),
            new ServiceField("zone", AttributeType.STRING, FieldRole.RATING)));
  }

  public static ServiceType sms() {
    return new ServiceType(
        "SMS",
        "Text message",
        List.of(
            new ServiceField("destination", AttributeType.STRING, FieldRole.MANDATORY),
            new ServiceField("zone", AttributeType.STRING, FieldRole.RATING)));
  }

  /** The mobile catalog plus a larger plan, MOBILE_L (29.99 a month, 5000 MB), to transition to. */
  public static ProductCatalog mobileWithUpgrade() {
    ProductCatalog mobile = mobile();
    Bundle base = mobile.bundle("MOBILE_BASE").orElseThrow();
    List<Product> products = new java.util.ArrayList<>();
    for (Product p : base.products()) {
      if (p.code().equals("MONTHLY_FEE")) {
        products.add(Product.builder("MONTHLY_FEE", ProductType.RECURRING).name("Monthly fee L").price(eur("29.99")).build());
      } else if (p.code().equals("FREE_DATA")) {
        products.add(Product.builder("FREE_DATA", ProductType.ALLOWANCE).name("5000 MB free")
            .quantity(new BigDecimal("5000")).resource("DATA_MB").build());
      } else if (!p.code().equals("ACTIVATION")) {
        products.add(p);
      }
    }
    List<Bundle> bundles = new java.util.ArrayList<>(mobile.bundles());
    bundles.add(new Bundle("MOBILE_L_BASE", "Mobile L essentials", products, List.of()));
    List<Plan> plans = new java.util.ArrayList<>(mobile.plans());
    plans.add(new Plan("MOBILE_L", "Mobile L", EUR, List.of("MOBILE_L_BASE"), List.of("ROAMING_EU"), null));
    return new ProductCatalog(mobile.serviceTypes(), bundles, plans, mobile.coupons(), mobile.vouchers());
  }

  public static ProductCatalog mobile() {
    Tariff voiceTariff =
        new Tariff(
            "SECOND",
            new BigDecimal("60"),
            List.of(),
            List.of(
                Rate.of(Map.of(), eur("0.0020")),
                Rate.of(Map.of("zone", "INTERNATIONAL"), eur("0.0150")),
                new Rate(
                    Map.of("zone", "NATIONAL", "period", "OFF_PEAK"),
                    List.of(Tier.flat(eur("0.0010")), new Tier(new BigDecimal("36000"), eur("0.0005"))))));
    Tariff dataTariff =
        new Tariff("MB", BigDecimal.ONE, List.of("DATA_MB"), List.of(Rate.of(Map.of(), eur("0.01"))));
    Tariff smsTariff = Tariff.flat("SMS", BigDecimal.ONE, eur("0.05"));
    Bundle base =
        new Bundle(
            "MOBILE_BASE",
            "Mobile essentials",
            List.of(
                Product.builder("VOICE", ProductType.SERVICE).name("Calls").tariff("VOICE", voiceTariff).build(),
                Product.builder("DATA", ProductType.SERVICE).name("Mobile data").tariff("DATA", dataTariff).build(),
                Product.builder("SMS", ProductType.SERVICE).name("Texts").tariff("SMS", smsTariff).build(),
                Product.builder("MONTHLY_FEE", ProductType.RECURRING).name("Monthly fee").price(eur("19.99")).build(),
                Product.builder("ACTIVATION", ProductType.ONE_TIME).name("Activation").price(eur("10.00")).build(),
                Product.builder("FREE_DATA", ProductType.ALLOWANCE)
                    .name("1000 MB free")
                    .quantity(new BigDecimal("1000"))
                    .resource("DATA_MB")
                    .build(),
                Product.builder("INSURANCE", ProductType.RECURRING)
                    .name("Handset insurance")
                    .price(eur("4.99"))
                    .optional()
                    .build()),
            List.of(Discount.percentage("LOYALTY", new BigDecimal("10")).onProducts(List.of("MONTHLY_FEE"))));
    Bundle roaming =
        Bundle.of(
            "ROAMING_EU",
            List.of(
                Product.builder("ROAMING_FEE", ProductType.RECURRING).price(eur("5.00")).build(),
                Product.builder("ROAMING_DATA", ProductType.ALLOWANCE)
                    .quantity(new BigDecimal("2000"))
                    .resource("DATA_MB")
                    .validity(Validity.from(Instant.parse("2026-01-01T00:00:00Z")))
                    .build()),
            List.of());
    return ProductCatalog.builder()
        .serviceType(voice())
        .serviceType(data())
        .serviceType(sms())
        .bundle(base)
        .bundle(roaming)
        .plan(new Plan("MOBILE_S", "Mobile S", EUR, List.of("MOBILE_BASE"), List.of("ROAMING_EU"), null))
        .coupon(new Coupon("WELCOME5", Discount.fixed("WELCOME5", eur("5.00")),
            Validity.between(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z")), 100))
        .voucher(new Voucher("ROAM-FREE-1", "ROAMING_EU", null, 1))
        .build();
  }
}
