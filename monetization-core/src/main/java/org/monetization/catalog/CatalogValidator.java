package org.monetization.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import org.monetization.config.FieldRole;
import org.monetization.config.ServiceField;
import org.monetization.config.ServiceType;

/**
 * Finds every inconsistency of a catalog, in the order of the catalog's own lists, so that a report reads
 * top to bottom like the catalog it describes. Collects; never throws.
 */
final class CatalogValidator {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ProductCatalog catalog;
  private final List<CatalogProblem> problems = new ArrayList<>();

  private CatalogValidator(ProductCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Returns every problem of the catalog.
   *
   * @param catalog the catalog to check
   * @return the problems; empty when consistent
   */
  static List<CatalogProblem> validate(ProductCatalog catalog) {
    CatalogValidator validator = new CatalogValidator(catalog);
    validator.run();
    return List.copyOf(validator.problems);
  }

  private void run() {
    unique("serviceTypes", catalog.serviceTypes(), ServiceType::code);
    unique("bundles", catalog.bundles(), Bundle::code);
    unique("plans", catalog.plans(), Plan::code);
    unique("coupons", catalog.coupons(), Coupon::code);
    unique("vouchers", catalog.vouchers(), Voucher::code);
    catalog.serviceTypes().forEach(this::serviceType);
    catalog.bundles().forEach(this::bundle);
    catalog.plans().forEach(this::plan);
    catalog.coupons().forEach(this::coupon);
    catalog.vouchers().forEach(this::voucher);
  }

  private void serviceType(ServiceType type) {
    unique("serviceTypes[" + type.code() + "].fields", type.fields(), ServiceField::name);
  }

  private void bundle(Bundle bundle) {
    String path = "bundles[" + bundle.code() + "]";
    unique(path + ".products", bundle.products(), Product::code);
    unique(path + ".discounts", bundle.discounts(), Discount::code);
    for (Product product : bundle.products()) {
      product(path + ".products[" + product.code() + "]", product);
    }
    for (Discount discount : bundle.discounts()) {
      String discountPath = path + ".discounts[" + discount.code() + "]";
      discount(discountPath, discount);
      for (String target : discount.productCodes()) {
        if (bundle.product(target).isEmpty()) {
          problem(discountPath + ".productCodes", "unknown product '" + target + "' in bundle " + bundle.code());
        }
      }
    }
  }

  private void product(String path, Product product) {
    if (product.quantity().signum() < 0) {
      problem(path + ".quantity", "must not be negative");
    }
    if (product.price() != null && product.price().isNegative()) {
      problem(path + ".price", "must not be negative");
    }
    switch (product.type()) {
      case SERVICE -> serviceProduct(path, product);
      case ONE_TIME, RECURRING -> {
        if (product.price() == null) {
          problem(path + ".price", product.type() + " product without a price");
        }
        notApplicable(path, product);
      }
      case ALLOWANCE -> {
        if (product.resource() == null || product.resource().isBlank()) {
          problem(path + ".resource", "allowance without a resource");
        }
        if (product.quantity().signum() <= 0) {
          problem(path + ".quantity", "allowance must grant a positive quantity");
        }
        if (product.tariff() != null || product.serviceType() != null) {
          problem(path + ".tariff", "only service products carry a service type and tariff");
        }
      }
    }
  }

  private void notApplicable(String path, Product product) {
    if (product.tariff() != null || product.serviceType() != null) {
      problem(path + ".tariff", "only service products carry a service type and tariff");
    }
    if (product.resource() != null) {
      problem(path + ".resource", "only allowances grant a resource");
    }
  }

  private void serviceProduct(String path, Product product) {
    ServiceType type = null;
    if (product.serviceType() == null) {
      problem(path + ".serviceType", "service product without a service type");
    } else {
      type = catalog.serviceType(product.serviceType()).orElse(null);
      if (type == null) {
        problem(path + ".serviceType", "unknown service type '" + product.serviceType() + "'");
      }
    }
    Tariff tariff = product.tariff();
    if (tariff == null) {
      problem(path + ".tariff", "service product without a tariff");
      return;
    }
    if (product.resource() != null) {
      problem(path + ".resource", "only allowances grant a resource");
    }
    List<Rate> rates = tariff.rates();
    for (int i = 0; i < rates.size(); i++) {
      Rate rate = rates.get(i);
      String ratePath = path + ".tariff.rates[" + i + "]";
      if (type != null) {
        for (String field : rate.conditions().keySet()) {
          ServiceField declared = type.field(field).orElse(null);
          if (declared == null || declared.role() != FieldRole.RATING) {
            problem(ratePath + ".conditions", "'" + field + "' is not a rating field of " + type.code());
          }
        }
      }
      for (int j = 0; j < i; j++) {
        if (overlap(rates.get(j), rate)) {
          problem(ratePath, "overlaps rates[" + j + "]: one event can match both and neither is more specific");
        }
      }
    }
  }

  /**
   * Two rates overlap when some event meets both (no field conditioned to different values) and neither's
   * conditions include the other's, so that the choice between them would be arbitrary.
   */
  private static boolean overlap(Rate a, Rate b) {
    for (Map.Entry<String, String> condition : a.conditions().entrySet()) {
      String other = b.conditions().get(condition.getKey());
      if (other != null && !other.equals(condition.getValue())) {
        return false; // no event can meet both
      }
    }
    boolean aInB = b.conditions().entrySet().containsAll(a.conditions().entrySet());
    boolean bInA = a.conditions().entrySet().containsAll(b.conditions().entrySet());
    return aInB == bInA; // identical conditions, or neither refines the other
  }

  private void discount(String path, Discount discount) {
    if (discount.kind() == DiscountKind.PERCENTAGE) {
      BigDecimal percentage = discount.percentage();
      if (percentage == null || percentage.signum() < 0 || percentage.compareTo(HUNDRED) > 0) {
        problem(path + ".percentage", "must be between 0 and 100");
      }
    } else if (discount.amount() == null || discount.amount().isNegative()) {
      problem(path + ".amount", "a fixed discount needs a non-negative amount");
    }
  }

  private void plan(Plan plan) {
    String path = "plans[" + plan.code() + "]";
    if (plan.bundleCodes().isEmpty()) {
      problem(path + ".bundleCodes", "a plan needs at least one bundle");
    }
    Set<String> seen = new HashSet<>();
    for (String code : plan.bundleCodes()) {
      planBundle(path + ".bundleCodes", plan.currency(), code, seen);
    }
    for (String code : plan.packCodes()) {
      planBundle(path + ".packCodes", plan.currency(), code, seen);
    }
  }

  private void planBundle(String path, CurrencyUnit currency, String code, Set<String> seen) {
    if (!seen.add(code)) {
      problem(path, "bundle '" + code + "' listed twice");
    }
    Bundle bundle = catalog.bundle(code).orElse(null);
    if (bundle == null) {
      problem(path, "unknown bundle '" + code + "'");
      return;
    }
    for (Product product : bundle.products()) {
      currency(path + "[" + code + "]." + product.code(), currency, product.price());
      if (product.tariff() != null) {
        for (Rate rate : product.tariff().rates()) {
          rate.tiers().forEach(t -> currency(path + "[" + code + "]." + product.code(), currency, t.pricePerUnit()));
        }
      }
    }
    for (Discount discount : bundle.discounts()) {
      currency(path + "[" + code + "]." + discount.code(), currency, discount.amount());
    }
  }

  private void currency(String path, CurrencyUnit expected, @Nullable MonetaryAmount amount) {
    if (amount != null && !amount.getCurrency().equals(expected)) {
      problem(path, "priced in " + amount.getCurrency() + " but the plan is in " + expected);
    }
  }

  private void coupon(Coupon coupon) {
    discount("coupons[" + coupon.code() + "].discount", coupon.discount());
  }

  private void voucher(Voucher voucher) {
    if (catalog.bundle(voucher.bundleCode()).isEmpty()) {
      problem("vouchers[" + voucher.code() + "].bundleCode", "unknown bundle '" + voucher.bundleCode() + "'");
    }
  }

  private <T> void unique(String path, List<T> items, Function<T, String> code) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      String value = code.apply(item);
      if (!seen.add(value)) {
        problem(path, "duplicate code '" + value + "'");
      }
    }
  }

  private void problem(String path, String message) {
    problems.add(new CatalogProblem(path, message));
  }
}
