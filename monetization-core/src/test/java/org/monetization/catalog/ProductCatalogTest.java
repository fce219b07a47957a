package org.monetization.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.testing.CatalogFixtures.EUR;
import static org.monetization.testing.CatalogFixtures.eur;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.monetization.error.ValidationException;
import org.monetization.testing.CatalogFixtures;

class ProductCatalogTest {

  @Test
  void theMobileCatalogIsConsistent() {
    assertThat(CatalogFixtures.mobile().validate()).isEmpty();
  }

  @Test
  void jsonExportThenImportYieldsAnEqualCatalog() {
    ProductCatalog catalog = CatalogFixtures.mobile();
    StringWriter json = new StringWriter();

    catalog.toJson(json);

    assertThat(json.toString()).contains("\"amount\" : \"19.99\"").contains("\"currency\" : \"EUR\"");
    assertThat(ProductCatalog.fromJson(new StringReader(json.toString()))).isEqualTo(catalog);
  }

  @Test
  void importRejectsUnknownPropertiesWithTheirPath() {
    String json = "{\"plans\":[{\"code\":\"P\",\"name\":\"P\",\"currency\":\"EUR\",\"bundleCodes\":[],\"colour\":1}]}";

    assertThatThrownBy(() -> ProductCatalog.fromJson(new StringReader(json)))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("catalog.plans[0].colour"));
  }

  @Test
  void importRejectsAnUnknownCurrencyAndAFloatingAmountShape() {
    assertThatThrownBy(() -> ProductCatalog.fromJson(new StringReader(
        "{\"plans\":[{\"code\":\"P\",\"name\":\"P\",\"currency\":\"XYZ1\",\"bundleCodes\":[]}]}")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("unknown currency");
    assertThatThrownBy(() -> ProductCatalog.fromJson(new StringReader(
        "{\"coupons\":[{\"code\":\"C\",\"usageLimit\":1,\"discount\":{\"code\":\"C\",\"name\":\"C\","
            + "\"kind\":\"FIXED\",\"amount\":{\"amount\":\"ten\",\"currency\":\"EUR\"}}}]}")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("not an amount");
  }

  @Test
  void importRejectsAnInvalidValueThroughItsConstructorCheck() {
    assertThatThrownBy(() -> ProductCatalog.fromJson(new StringReader(
        "{\"vouchers\":[{\"code\":\"V\",\"bundleCode\":\"B\",\"usageLimit\":0}]}")))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.getMessage()).contains("usage limit must be at least 1"));
  }

  @Test
  void reportsDanglingReferencesMissingTariffsAndPricesAndWrongCurrencies() {
    ProductCatalog mobile = CatalogFixtures.mobile();
    Bundle broken =
        new Bundle(
            "BROKEN",
            "Broken",
            List.of(
                Product.builder("NO_TARIFF", ProductType.SERVICE).build(),
                Product.builder("NO_PRICE", ProductType.RECURRING).build(),
                Product.builder("NO_RESOURCE", ProductType.ALLOWANCE).quantity(BigDecimal.TEN).build(),
                Product.builder("USD_FEE", ProductType.ONE_TIME)
                    .price(org.javamoney.moneta.Money.of(1, Monetary.getCurrency("USD"))).build(),
                Product.builder("WRONG_TYPE", ProductType.SERVICE)
                    .tariff("FAX", Tariff.flat("PAGE", BigDecimal.ONE, eur("0.10"))).build()),
            List.of(Discount.percentage("TOO_MUCH", new BigDecimal("120")).onProducts(List.of("GHOST"))));
    ProductCatalog catalog =
        new ProductCatalog(
            mobile.serviceTypes(),
            append(mobile.bundles(), broken),
            append(mobile.plans(), new Plan("BAD", "Bad", EUR, List.of("BROKEN", "NOWHERE"), List.of("NOWHERE_PACK"), null)),
            mobile.coupons(),
            append(mobile.vouchers(), new org.monetization.catalog.Voucher("LOST", "NO_BUNDLE", null, 1)));

    assertThat(catalog.validate())
        .extracting(CatalogProblem::toString)
        .containsExactly(
            "bundles[BROKEN].products[NO_TARIFF].serviceType: service product without a service type",
            "bundles[BROKEN].products[NO_TARIFF].tariff: service product without a tariff",
            "bundles[BROKEN].products[NO_PRICE].price: RECURRING product without a price",
            "bundles[BROKEN].products[NO_RESOURCE].resource: allowance without a resource",
            "bundles[BROKEN].products[WRONG_TYPE].serviceType: unknown service type 'FAX'",
            "bundles[BROKEN].discounts[TOO_MUCH].percentage: must be between 0 and 100",
            "bundles[BROKEN].discounts[TOO_MUCH].productCodes: unknown product 'GHOST' in bundle BROKEN",
            "plans[BAD].bundleCodes[BROKEN].USD_FEE: priced in USD but the plan is in EUR",
            "plans[BAD].bundleCodes: unknown bundle 'NOWHERE'",
            "plans[BAD].packCodes: unknown bundle 'NOWHERE_PACK'",
            "vouchers[LOST].bundleCode: unknown bundle 'NO_BUNDLE'");
  }

  @Test
  void reportsDuplicateCodes() {
    ProductCatalog mobile = CatalogFixtures.mobile();
    ProductCatalog catalog =
        new ProductCatalog(
            append(mobile.serviceTypes(), CatalogFixtures.voice()),
            append(mobile.bundles(), mobile.bundles().get(1)),
            mobile.plans(),
            append(mobile.coupons(), mobile.coupons().get(0)),
            mobile.vouchers());

    assertThat(catalog.validate())
        .extracting(CatalogProblem::toString)
        .containsExactly(
            "serviceTypes: duplicate code 'VOICE'",
            "bundles: duplicate code 'ROAMING_EU'",
            "coupons: duplicate code 'WELCOME5'");
  }

  @Test
  void reportsOverlappingPriceConditionsAndConditionsOnNonRatingFields() {
    Tariff tariff =
        new Tariff(
            "SECOND",
            BigDecimal.ONE,
            List.of(),
            List.of(
                Rate.of(Map.of("zone", "EU"), eur("0.01")),
                Rate.of(Map.of("period", "PEAK"), eur("0.02")),
                Rate.of(Map.of("zone", "US"), eur("0.03")),
                Rate.of(Map.of("zone", "EU"), eur("0.04")),
                Rate.of(Map.of("zone", "EU", "period", "PEAK"), eur("0.05")),
                Rate.of(Map.of("destination", "x"), eur("0.06"))));
    ProductCatalog catalog =
        ProductCatalog.builder()
            .serviceType(CatalogFixtures.voice())
            .bundle(Bundle.of("B", List.of(Product.builder("CALLS", ProductType.SERVICE).tariff("VOICE", tariff).build()), List.of()))
            .build();

    assertThat(catalog.validate())
        .extracting(CatalogProblem::toString)
        .containsExactly(
            "bundles[B].products[CALLS].tariff.rates[1]: overlaps rates[0]: one event can match both and neither is more specific",
            "bundles[B].products[CALLS].tariff.rates[2]: overlaps rates[1]: one event can match both and neither is more specific",
            "bundles[B].products[CALLS].tariff.rates[3]: overlaps rates[0]: one event can match both and neither is more specific",
            "bundles[B].products[CALLS].tariff.rates[3]: overlaps rates[1]: one event can match both and neither is more specific",
            "bundles[B].products[CALLS].tariff.rates[5].conditions: 'destination' is not a rating field of VOICE",
            "bundles[B].products[CALLS].tariff.rates[5]: overlaps rates[0]: one event can match both and neither is more specific",
            "bundles[B].products[CALLS].tariff.rates[5]: overlaps rates[1]: one event can match both and neither is more specific",
            "bundles[B].products[CALLS].tariff.rates[5]: overlaps rates[2]: one event can match both and neither is more specific",
            "bundles[B].products[CALLS].tariff.rates[5]: overlaps rates[3]: one event can match both and neither is more specific",
            "bundles[B].products[CALLS].tariff.rates[5]: overlaps rates[4]: one event can match both and neither is more specific");
  }

  @Test
  void selectsTheMostSpecificMatchingRateAndRoundsUpToTheStep() {
    Tariff voice = CatalogFixtures.mobile().bundle("MOBILE_BASE").orElseThrow()
        .product("VOICE").orElseThrow().tariff();

    assertThat(voice.rateFor(Map.of("zone", "NATIONAL", "period", "OFF_PEAK")).orElseThrow().tiers())
        .hasSize(2);
    assertThat(voice.rateFor(Map.of("zone", "INTERNATIONAL")).orElseThrow().tiers().get(0).pricePerUnit())
        .isEqualTo(eur("0.0150"));
    assertThat(voice.rateFor(Map.of("zone", "NATIONAL")).orElseThrow().conditions()).isEmpty();
    assertThat(voice.round(new BigDecimal("61"))).isEqualByComparingTo("120");
    assertThat(voice.round(new BigDecimal("60"))).isEqualByComparingTo("60");
    assertThat(voice.round(BigDecimal.ZERO)).isEqualByComparingTo("0");
  }

  @Test
  void aDiscountNeverMakesAFeeNegative() {
    assertThat(Discount.fixed("BIG", eur("50.00")).applyTo(eur("19.99"))).isEqualTo(eur("0"));
    assertThat(Discount.percentage("HALF", new BigDecimal("50")).applyTo(eur("19.99"))).isEqualTo(eur("9.99"));
    assertThat(Discount.percentage("ALL", new BigDecimal("100")).applyTo(eur("19.99"))).isEqualTo(eur("0"));
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }
}
