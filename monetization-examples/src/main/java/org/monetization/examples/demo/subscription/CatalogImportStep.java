package org.monetization.examples.demo.subscription;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import javax.money.MonetaryAmount;
import org.monetization.catalog.Bundle;
import org.monetization.catalog.Coupon;
import org.monetization.catalog.Plan;
import org.monetization.catalog.Product;
import org.monetization.catalog.ProductCatalog;
import org.monetization.catalog.PublishedCatalog;
import org.monetization.catalog.Tariff;
import org.monetization.catalog.Voucher;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;

/**
 * Imports the mobile catalog from its JSON resource (CFG-5 to CFG-7); the SDK validates it and publishes it
 * as version 1. Shows the plans, their bundles and packs, and the promotion codes.
 */
final class CatalogImportStep implements DemoStep {

  @Override
  public String title() {
    return "Import and publish the mobile catalog";
  }

  @Override
  public void run(DemoContext context) {
    PublishedCatalog published;
    try (Reader json = MobileCatalog.open()) {
      published = context.monetization().catalog().importJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MobileCatalog.RESOURCE, e);
    }
    ProductCatalog catalog = published.catalog();
    context.say("Published %s as catalog version %d: %d service types, %d bundles, %d plans.",
        MobileCatalog.RESOURCE, published.version(), catalog.serviceTypes().size(), catalog.bundles().size(),
        catalog.plans().size());
    for (Plan plan : catalog.plans()) {
      context.blank();
      context.say("Plan %s (%s), in %s, packs %s:", plan.code(), plan.name(), plan.currency(), plan.packCodes());
      for (String code : plan.bundleCodes()) {
        printBundle(context, catalog.bundle(code).orElseThrow());
      }
    }
    context.blank();
    for (Coupon coupon : catalog.coupons()) {
      context.say("coupon  %-14s %s, up to %d uses", coupon.code(), coupon.discount().name(), coupon.usageLimit());
    }
    for (Voucher voucher : catalog.vouchers()) {
      context.say("voucher %-14s buys bundle %s, up to %d use", voucher.code(), voucher.bundleCode(),
          voucher.usageLimit());
    }
  }

  private static void printBundle(DemoContext context, Bundle bundle) {
    for (Product product : bundle.products()) {
      Tariff tariff = product.tariff();
      MonetaryAmount price = product.price();
      String detail;
      if (tariff != null) {
        detail = tariff.rates().size() + " rates per " + tariff.unit() + ", rounded up to "
            + tariff.roundingStep().toPlainString()
            + (tariff.freeUnitResources().isEmpty() ? "" : ", free units from " + tariff.freeUnitResources());
      } else if (price != null) {
        detail = Amounts.format(price);
      } else {
        detail = product.quantity().toPlainString() + " " + product.resource();
      }
      context.say("  %-12s %-9s %-26s %s%s", product.code(), product.type(), product.name(), detail,
          product.optional() ? " (optional)" : "");
    }
    bundle.discounts().forEach(discount -> context.say("  %-12s %-9s %s", discount.code(), "DISCOUNT",
        discount.name()));
  }
}
