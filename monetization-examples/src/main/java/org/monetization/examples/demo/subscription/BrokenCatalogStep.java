package org.monetization.examples.demo.subscription;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.monetization.catalog.Bundle;
import org.monetization.catalog.CatalogProblem;
import org.monetization.catalog.Plan;
import org.monetization.catalog.Product;
import org.monetization.catalog.ProductCatalog;
import org.monetization.catalog.ProductType;
import org.monetization.catalog.Voucher;
import org.monetization.error.ValidationException;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;

/**
 * Breaks a copy of the mobile catalog in several places and shows that the SDK reports every problem at
 * once, each with its path in the catalog, and publishes nothing: the published version stays the same.
 */
final class BrokenCatalogStep implements DemoStep {

  @Override
  public String title() {
    return "Report the problems of a broken catalog";
  }

  @Override
  public void run(DemoContext context) {
    ProductCatalog broken = broken(MobileCatalog.read());
    List<CatalogProblem> problems = broken.validate();
    context.say("A copy of the catalog with a plan on a missing bundle, a pack priced in US dollars, a fee");
    context.say("without a price and a voucher for a missing bundle has %d problems:", problems.size());
    for (CatalogProblem problem : problems) {
      context.say("  %-52s %s", problem.path(), problem.message());
    }
    int before = context.monetization().catalog().current().orElseThrow().version();
    try {
      context.monetization().catalog().publish(broken);
      throw new IllegalStateException("the SDK published an inconsistent catalog");
    } catch (ValidationException refused) {
      context.say("Publishing it is refused with %d field errors; the current catalog is still version %d.",
          refused.errors().size(), context.monetization().catalog().current().orElseThrow().version());
    }
    if (context.monetization().catalog().current().orElseThrow().version() != before) {
      throw new IllegalStateException("the refused catalog changed the published version");
    }
  }

  /** Returns the catalog with a world roaming pack priced in USD, a plan XL without its bundle, a bad voucher. */
  private static ProductCatalog broken(ProductCatalog catalog) {
    Bundle world = Bundle.of("ROAMING_WORLD", List.of(
            Product.builder("WORLD_FEE", ProductType.RECURRING)
                .price(Money.of(new BigDecimal("9.99"), Monetary.getCurrency("USD")))
                .build(),
            Product.builder("WORLD_SETUP", ProductType.ONE_TIME).build()),
        List.of());
    List<Bundle> bundles = new ArrayList<>(catalog.bundles());
    bundles.add(world);
    List<Plan> plans = new ArrayList<>();
    for (Plan plan : catalog.plans()) {
      List<String> packs = new ArrayList<>(plan.packCodes());
      packs.add(world.code());
      plans.add(new Plan(plan.code(), plan.name(), plan.currency(), plan.bundleCodes(), packs, plan.validity()));
    }
    Plan s = catalog.plan(MobileCatalog.PLAN_S).orElseThrow();
    plans.add(new Plan("MOBILE_XL", "Mobile XL", s.currency(), List.of("MOBILE_XL_BASE"), s.packCodes(), null));
    List<Voucher> vouchers = new ArrayList<>(catalog.vouchers());
    vouchers.add(new Voucher("GIFT-5GB-2M8K", "DATA_GIFT_5GB", null, 1));
    return new ProductCatalog(catalog.serviceTypes(), bundles, plans, catalog.coupons(), vouchers);
  }
}
