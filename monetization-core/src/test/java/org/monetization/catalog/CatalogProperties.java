package org.monetization.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;
import org.monetization.time.Validity;

/** Properties of catalog values: JSON round trip and discount bounds. */
class CatalogProperties {
  private static final List<CurrencyUnit> CURRENCIES =
      List.of(Monetary.getCurrency("EUR"), Monetary.getCurrency("JPY"), Monetary.getCurrency("BHD"));

  @Property(tries = 150)
  void jsonExportThenImportYieldsAnEqualCatalog(@ForAll("catalogs") ProductCatalog catalog) {
    StringWriter json = new StringWriter();
    catalog.toJson(json);

    assertThat(ProductCatalog.fromJson(new StringReader(json.toString()))).isEqualTo(catalog);
  }

  @Property(tries = 500)
  void aDiscountNeverMakesAFeeNegativeNorLarger(
      @ForAll("fees") MonetaryAmount fee, @ForAll("discounts") Discount discount) {
    Discount sameCurrency =
        discount.amount() == null
            ? discount
            : Discount.fixed(discount.code(), Money.of(discount.amount().getNumber(), fee.getCurrency()));

    MonetaryAmount discounted = sameCurrency.applyTo(fee);

    assertThat(discounted.isNegative()).isFalse();
    assertThat(discounted.isLessThanOrEqualTo(fee)).isTrue();
    // conservation: what the customer pays plus what the discount took is the fee, exactly
    MonetaryAmount off = fee.subtract(discounted);
    assertThat(discounted.add(off)).isEqualTo(fee);
  }

  @Provide
  Arbitrary<MonetaryAmount> fees() {
    return Combinators.combine(Arbitraries.of(CURRENCIES), Arbitraries.longs().between(0, 10_000_000))
        .as((currency, minor) ->
            Money.of(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()), currency));
  }

  @Provide
  Arbitrary<Discount> discounts() {
    Arbitrary<Discount> percentage =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(2)
            .map(p -> Discount.percentage("P", p));
    Arbitrary<Discount> fixed =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(200_000)).ofScale(2)
            .map(a -> Discount.fixed("F", Money.of(a, "EUR")));
    return Arbitraries.oneOf(percentage, fixed);
  }

  @Provide
  Arbitrary<ProductCatalog> catalogs() {
    Arbitrary<String> codes = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(6);
    Arbitrary<MonetaryAmount> prices =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999.9999")).ofScale(4)
            .map(a -> Money.of(a, "EUR"));
    Arbitrary<Validity> validities =
        Arbitraries.longs().between(0, 2_000_000_000L).flatMap(from ->
            Arbitraries.longs().between(1, 100_000_000L).injectNull(0.5).map(length -> new Validity(
                Instant.ofEpochSecond(from), length == null ? null : Instant.ofEpochSecond(from + length))));
    Arbitrary<Tier> tiers =
        Combinators.combine(Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("100000")).ofScale(3), prices)
            .as(Tier::new);
    Arbitrary<Rate> rates =
        Combinators.combine(
                Arbitraries.maps(Arbitraries.of("zone", "period", "direction"), codes).ofMaxSize(2),
                prices,
                tiers.list().ofMaxSize(2).uniqueElements(Tier::fromQuantity))
            .as((conditions, first, more) -> {
              List<Tier> all = new java.util.ArrayList<>(more);
              all.add(Tier.flat(first));
              return new Rate(conditions, all);
            });
    Arbitrary<Tariff> tariffs =
        Combinators.combine(
                Arbitraries.of("SECOND", "MB", "SMS"),
                Arbitraries.of(BigDecimal.ONE, new BigDecimal("60"), new BigDecimal("0.5")),
                codes.list().ofMaxSize(2),
                rates.list().ofMinSize(1).ofMaxSize(3))
            .as(Tariff::new);
    Arbitrary<Product> products =
        Combinators.combine(
                codes,
                Arbitraries.of(ProductType.class),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000")).ofScale(2),
                prices.injectNull(0.3),
                validities.injectNull(0.5),
                Arbitraries.of(true, false),
                tariffs.injectNull(0.5),
                codes.injectNull(0.5))
            .as((code, type, quantity, price, validity, optional, tariff, resource) ->
                new Product(code, "Product " + code, type, quantity, price, validity, optional,
                    tariff == null ? null : "VOICE", tariff, resource));
    Arbitrary<Discount> discounts =
        Combinators.combine(codes, discounts(), validities.injectNull(0.5), codes.list().ofMaxSize(2))
            .as((code, d, validity, targets) ->
                new Discount(code, d.name(), d.kind(), d.percentage(), d.amount(), validity, targets));
    Arbitrary<Bundle> bundles =
        Combinators.combine(codes, products.list().ofMaxSize(4), discounts.list().ofMaxSize(2))
            .as((code, ps, ds) -> new Bundle(code, "Bundle " + code, ps, ds));
    Arbitrary<Plan> plans =
        Combinators.combine(codes, Arbitraries.of(CURRENCIES), codes.list().ofMaxSize(3), codes.list().ofMaxSize(2),
                validities.injectNull(0.5))
            .as((code, currency, bs, packs, validity) -> new Plan(code, "Plan " + code, currency, bs, packs, validity));
    Arbitrary<Coupon> coupons =
        Combinators.combine(codes, discounts, validities.injectNull(0.5), Arbitraries.integers().between(1, 1000))
            .as(Coupon::new);
    Arbitrary<Voucher> vouchers =
        Combinators.combine(codes, codes, validities.injectNull(0.5), Arbitraries.integers().between(1, 1000))
            .as(Voucher::new);
    return Combinators.combine(
            Arbitraries.just(List.of(org.monetization.testing.CatalogFixtures.voice())),
            bundles.list().ofMaxSize(3),
            plans.list().ofMaxSize(2),
            coupons.list().ofMaxSize(2),
            vouchers.list().ofMaxSize(2))
        .as(ProductCatalog::new);
  }
}
