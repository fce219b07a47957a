package org.monetization.examples.demo.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.monetization.catalog.Plan;
import org.monetization.catalog.Product;
import org.monetization.catalog.ProductCatalog;
import org.monetization.catalog.ProductType;

/** Checks the mobile catalog resource the demo ships: consistent, in euros, and stable through JSON. */
class MobileCatalogTest {

  @Test
  void validatesWithoutAnyProblem() {
    assertThat(MobileCatalog.read().validate()).isEmpty();
  }

  @Test
  void exportThenImportYieldsAnEqualCatalog() {
    ProductCatalog catalog = MobileCatalog.read();
    StringWriter json = new StringWriter();

    catalog.toJson(json);

    assertThat(ProductCatalog.fromJson(new StringReader(json.toString()))).isEqualTo(catalog);
  }

  @Test
  void pricesEverythingInEuros() throws IOException {
    StringWriter text = new StringWriter();
    try (Reader json = MobileCatalog.open()) {
      json.transferTo(text);
    }

    assertThat(Pattern.compile("\"currency\" : \"([A-Z]{3})\"").matcher(text.toString()).results()
            .map(match -> match.group(1)).distinct())
        .containsExactly("EUR");
  }

  @Test
  void offersWhatTheChapterUses() {
    ProductCatalog catalog = MobileCatalog.read();

    assertThat(catalog.plans()).extracting(Plan::code).containsExactly(MobileCatalog.PLAN_S, MobileCatalog.PLAN_L);
    assertThat(catalog.plans()).allSatisfy(plan -> assertThat(plan.packCodes()).contains(MobileCatalog.ROAMING_PACK));
    assertThat(catalog.bundle(MobileCatalog.PLAN_S_BUNDLE).orElseThrow().product(MobileCatalog.INSURANCE))
        .get().extracting(Product::optional, Product::type).containsExactly(true, ProductType.RECURRING);
    Product data = catalog.bundle(MobileCatalog.PLAN_S_BUNDLE).orElseThrow().product("DATA").orElseThrow();
    assertThat(data.tariff().freeUnitResources()).containsExactly("DATA_MB");
    Product voice = catalog.bundle(MobileCatalog.PLAN_S_BUNDLE).orElseThrow().product("VOICE").orElseThrow();
    assertThat(voice.tariff().roundingStep()).isEqualByComparingTo("60");
    assertThat(catalog.coupon(MobileCatalog.WELCOME_COUPON)).isPresent();
    assertThat(catalog.voucher(MobileCatalog.GIFT_VOUCHER)).get()
        .satisfies(voucher -> assertThat(voucher.usageLimit()).isEqualTo(1));
  }
}
