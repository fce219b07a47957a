package org.monetization.examples.demo.subscription;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.monetization.catalog.ProductCatalog;

/**
 * The demo's mobile offer, shipped as the JSON resource {@value #RESOURCE}: voice priced per second and
 * billed per started minute by zone and time of day, data per MB after a free allowance, SMS, plans Mobile S
 * and Mobile L with monthly and activation fees, an optional handset insurance, a loyalty discount, an EU
 * roaming pack, the coupon {@value #WELCOME_COUPON} and the single-use voucher {@value #GIFT_VOUCHER}.
 */
final class MobileCatalog {
  /** The class-path resource holding the catalog. */
  static final String RESOURCE = "/catalog/mobile-catalog.json";

  static final String PLAN_S = "MOBILE_S";
  static final String PLAN_L = "MOBILE_L";
  static final String PLAN_S_BUNDLE = "MOBILE_S_BASE";
  static final String ROAMING_PACK = "ROAMING_EU";
  static final String INSURANCE = "INSURANCE";
  static final String WELCOME_COUPON = "WELCOME5";
  static final String GIFT_VOUCHER = "GIFT-1GB-7Q4X";

  private MobileCatalog() {}

  /**
   * Opens the JSON text of the catalog.
   *
   * @return a reader the caller closes
   * @throws IllegalStateException if the resource is missing from the class path
   */
  static Reader open() {
    InputStream in = MobileCatalog.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing class-path resource " + RESOURCE);
    }
    return new InputStreamReader(in, UTF_8);
  }

  /**
   * Reads the catalog, without validating or publishing it.
   *
   * @return the catalog
   */
  static ProductCatalog read() {
    try (Reader json = open()) {
      return ProductCatalog.fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
