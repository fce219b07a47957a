package org.monetization.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monetization.testing.CatalogFixtures.eur;
import static org.monetization.testing.RatingTestBed.NOW;
import static org.monetization.testing.RatingTestBed.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.monetization.catalog.Bundle;
import org.monetization.catalog.Product;
import org.monetization.catalog.ProductCatalog;
import org.monetization.catalog.ProductType;
import org.monetization.catalog.Tariff;
import org.monetization.config.PaymentType;
import org.monetization.subscription.ServiceChange;
import org.monetization.subscription.ServiceStatus;
import org.monetization.testing.CatalogFixtures;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RatingTestBed.Line;
import org.monetization.time.Validity;

/** Rating reads the tariff of the catalog version a subscription was priced with, and fresh service state. */
class CatalogVersionRatingTest {
  private final RatingTestBed bed = new RatingTestBed(InactiveServiceMode.RATE_INACTIVE, null);

  /** The mobile catalog with data at 0.02 a MB. */
  private static ProductCatalog dearerData() {
    ProductCatalog mobile = CatalogFixtures.mobile();
    List<Bundle> bundles = new ArrayList<>();
    for (Bundle bundle : mobile.bundles()) {
      List<Product> products = bundle.products().stream().map(p -> p.code().equals("DATA")
          ? Product.builder("DATA", ProductType.SERVICE).tariff("DATA",
              new Tariff("MB", BigDecimal.ONE, List.of("DATA_MB"), List.of(
                  org.monetization.catalog.Rate.of(java.util.Map.of(), eur("0.02")))))
              .build()
          : p).toList();
      bundles.add(new Bundle(bundle.code(), bundle.name(), products, bundle.discounts()));
    }
    return new ProductCatalog(mobile.serviceTypes(), bundles, mobile.plans(), mobile.coupons(), mobile.vouchers());
  }

  @Test
  void aNewCatalogVersionDoesNotRepriceRunningSubscriptions() {
    Line before = bed.onboard("Before", "+33692222221", PaymentType.POSTPAID);
    assertThat(bed.sdk.rating().rate(data("v-1", before.identifier(), "10")).event().charge()).isEqualTo(eur("0.10"));

    bed.sdk.catalog().publish(dearerData());
    Line after = bed.onboard("After", "+33692222222", PaymentType.POSTPAID);

    assertThat(bed.sdk.rating().rate(data("v-2", before.identifier(), "10")).event().charge()).isEqualTo(eur("0.10"));
    assertThat(bed.sdk.rating().rate(data("v-3", after.identifier(), "10")).event().charge()).isEqualTo(eur("0.20"));
  }

  @Test
  void rateInactiveRatesSuspendedServicesAndEventsOutsideTheirValidity() {
    Line line = bed.onboard("Suspended", "+33692222223", PaymentType.POSTPAID);
    bed.sdk.services().edit(line.identifier(),
        new ServiceChange(Validity.between(NOW.minusSeconds(3600), NOW), ServiceStatus.INACTIVE, null, null));

    RatingResult result = bed.sdk.rating().rate(data("i-1", line.identifier(), "1"));

    assertThat(result.status()).isEqualTo(RatingStatus.RATED);
  }
}
