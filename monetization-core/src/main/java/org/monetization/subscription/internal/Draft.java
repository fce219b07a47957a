package org.monetization.subscription.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import org.monetization.catalog.Bundle;
import org.monetization.catalog.Coupon;
import org.monetization.catalog.Discount;
import org.monetization.catalog.Product;
import org.monetization.catalog.ProductType;
import org.monetization.error.FieldErrors;
import org.monetization.subscription.PendingCharge;
import org.monetization.subscription.ProductChoice;
import org.monetization.subscription.ProductStatus;
import org.monetization.subscription.SubscribedProduct;
import org.monetization.time.Validity;

/**
 * Product lines being bought by one command (a subscription, a pack, vouchers, a plan change): applies the
 * subscriber's choices, prices fees after discounts and coupons, assigns service identifiers, and records
 * every invalid choice. Not thread-safe; one per command.
 */
final class Draft {
  static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9+._-]{1,64}");

  private final CurrencyUnit currency;
  private final Instant at;
  private final List<Coupon> coupons;
  private final FieldErrors errors;
  private final Predicate<String> identifierTaken;
  private final List<SubscribedProduct> lines = new ArrayList<>();
  private final List<PendingCharge> oneTimeCharges = new ArrayList<>();
  private final Map<String, Map<String, Integer>> services = new LinkedHashMap<>();
  private final Set<Integer> usedChoices = new HashSet<>();
  private int nextLine;
  private @Nullable String generated;

  /**
   * @param currency the plan's currency; overrides in another are rejected
   * @param at when the lines start
   * @param firstLine the number of the first new line
   * @param coupons coupons that reduce the fees
   * @param errors where invalid choices are recorded
   * @param identifierTaken whether a service identifier is used by another subscription
   */
  Draft(CurrencyUnit currency, Instant at, int firstLine, List<Coupon> coupons, FieldErrors errors,
      Predicate<String> identifierTaken) {
    this.currency = currency;
    this.at = at;
    this.nextLine = firstLine;
    this.coupons = List.copyOf(coupons);
    this.errors = errors;
    this.identifierTaken = identifierTaken;
  }

  /**
   * Adds the products of a bundle.
   *
   * @param bundle the bundle
   * @param pack whether it is bought on top of the plan
   * @param choices every choice of the command; those naming this bundle apply
   * @param prefix dotted path of the choices list
   * @param defaultIdentifiers identifier for service products without their own, by service type
   * @param globalIdentifier identifier for service products without their own or a default
   */
  void addBundle(Bundle bundle, boolean pack, List<ProductChoice> choices, String prefix,
      Map<String, String> defaultIdentifiers, @Nullable String globalIdentifier) {
    for (Product product : bundle.products()) {
      int choiceIndex = indexOf(choices, bundle.code(), product.code());
      ProductChoice choice = choiceIndex < 0 ? null : choices.get(choiceIndex);
      if (choiceIndex >= 0) {
        usedChoices.add(choiceIndex);
      }
      String field = prefix + "[" + choiceIndex + "]";
      if (product.optional() && (choice == null || !choice.purchase())) {
        continue;
      }
      if (product.validity() != null && !product.validity().contains(at)) {
        if (choice != null && choice.purchase()) {
          errors.add(field, "product " + product.code() + " cannot be bought at " + at);
        }
        continue;
      }
      BigDecimal quantity = product.quantity();
      MonetaryAmount unitPrice = product.price();
      Validity validity = Validity.from(at);
      String identifier = null;
      String identifierField = field + ".serviceIdentifier";
      if (choice != null) {
        // signs and identifier formats were checked by checkChoices; only valid overrides apply
        if (choice.quantity() != null && choice.quantity().signum() >= 0) {
          quantity = choice.quantity();
        }
        if (choice.value() != null && !choice.value().isNegative() && sameCurrency(choice.value(), field)) {
          unitPrice = choice.value();
        }
        if (choice.validity() != null) {
          validity = choice.validity();
        }
        if (choice.serviceIdentifier() != null && product.type() == ProductType.SERVICE) {
          identifier = choice.serviceIdentifier();
        }
      }
      boolean fee = product.type() == ProductType.ONE_TIME || product.type() == ProductType.RECURRING;
      if (product.type() == ProductType.SERVICE) {
        if (identifier == null) {
          identifier = defaultIdentifiers.get(product.serviceType());
        }
        if (identifier == null) {
          identifierField = globalIdentifier != null ? "globalServiceIdentifier" : identifierField;
          identifier = globalIdentifier != null ? globalIdentifier : generatedIdentifier();
        }
        assignService(identifier, product, identifierField);
      }
      int line = nextLine++;
      MonetaryAmount price = fee ? unitPrice : null;
      MonetaryAmount lineFee = fee && unitPrice != null ? fee(unitPrice, quantity, bundle, product) : null;
      lines.add(new SubscribedProduct(line, bundle.code(), product.code(), product.type(), pack, quantity, price,
          lineFee, validity, ProductStatus.ACTIVE, product.type() == ProductType.SERVICE ? identifier : null));
      if (product.type() == ProductType.ONE_TIME && lineFee != null) {
        oneTimeCharges.add(new PendingCharge(product.name(), lineFee, at));
      }
    }
  }

  /**
   * Records an error for every choice that named no product of the bundles added.
   *
   * @param choices the command's choices
   * @param prefix dotted path of the choices list
   */
  void rejectUnusedChoices(List<ProductChoice> choices, String prefix) {
    for (int i = 0; i < choices.size(); i++) {
      ProductChoice choice = choices.get(i);
      boolean named = choice.bundleCode() != null && !choice.bundleCode().isBlank()
          && choice.productCode() != null && !choice.productCode().isBlank();
      if (named && !usedChoices.contains(i)) {
        errors.add(prefix + "[" + i + "]",
            "no product " + choice.productCode() + " in bundle " + choice.bundleCode() + " of this offer");
      }
    }
  }

  /** Returns the fee of {@code quantity} units at {@code unitPrice}, after the bundle's discounts and the coupons. */
  MonetaryAmount fee(MonetaryAmount unitPrice, BigDecimal quantity, Bundle bundle, Product product) {
    int digits = Math.max(0, unitPrice.getCurrency().getDefaultFractionDigits());
    BigDecimal gross = unitPrice.getNumber().numberValue(BigDecimal.class).multiply(quantity)
        .setScale(digits, RoundingMode.HALF_EVEN);
    MonetaryAmount fee = unitPrice.getFactory().setNumber(gross).create();
    for (Discount discount : bundle.discounts()) {
      fee = applies(discount, product) ? discount.applyTo(fee) : fee;
    }
    for (Coupon coupon : coupons) {
      fee = applies(coupon.discount(), product) ? coupon.discount().applyTo(fee) : fee;
    }
    return fee;
  }

  private boolean applies(Discount discount, Product product) {
    return (discount.validity() == null || discount.validity().contains(at))
        && (discount.productCodes().isEmpty() || discount.productCodes().contains(product.code()))
        && (discount.amount() == null || discount.amount().getCurrency().equals(currency));
  }

  private boolean sameCurrency(MonetaryAmount value, String field) {
    return errors.check(value.getCurrency().equals(currency), field + ".value", "must be in " + currency.getCurrencyCode());
  }

  /**
   * Checks the fields of product choices that need no catalog: codes present, quantity and value not
   * negative, service identifier well formed.
   *
   * @param choices the command's choices
   * @param prefix dotted path of the choices list
   * @param errors where to record problems
   */
  static void checkChoices(List<ProductChoice> choices, String prefix, FieldErrors errors) {
    for (int i = 0; i < choices.size(); i++) {
      ProductChoice choice = choices.get(i);
      String field = prefix + "[" + i + "]";
      errors.requireText(field + ".bundleCode", choice.bundleCode());
      errors.requireText(field + ".productCode", choice.productCode());
      if (choice.quantity() != null) {
        errors.check(choice.quantity().signum() >= 0, field + ".quantity", "must not be negative");
      }
      if (choice.value() != null) {
        errors.check(!choice.value().isNegative(), field + ".value", "must not be negative");
      }
      if (choice.serviceIdentifier() != null) {
        checkIdentifier(choice.serviceIdentifier(), field + ".serviceIdentifier", errors);
      }
    }
  }

  /**
   * Checks a service identifier's form.
   *
   * @param identifier the identifier
   * @param field its dotted path
   * @param errors where to record a problem
   */
  static void checkIdentifier(String identifier, String field, FieldErrors errors) {
    errors.check(IDENTIFIER.matcher(identifier).matches(), field,
        "must be 1 to 64 letters, digits, '+', '.', '_' or '-'");
  }

  private void assignService(String identifier, Product product, String field) {
    Map<String, Integer> products = services.computeIfAbsent(identifier, id -> new LinkedHashMap<>());
    if (products.isEmpty() && identifierTaken.test(identifier)) {
      errors.add(field, "'" + identifier + "' is already in use");
    }
    if (products.putIfAbsent(product.serviceType(), nextLine) != null) {
      errors.add(field, "service '" + identifier + "' already has a " + product.serviceType() + " product");
    }
  }

  /** One generated identifier per command, from the clock's epoch milliseconds, skipping taken ones. */
  private String generatedIdentifier() {
    if (generated == null) {
      long millis = at.toEpochMilli();
      while (identifierTaken.test(Long.toString(millis)) || services.containsKey(Long.toString(millis))) {
        millis++;
      }
      generated = Long.toString(millis);
    }
    return generated;
  }

  private static int indexOf(List<ProductChoice> choices, String bundleCode, String productCode) {
    for (int i = 0; i < choices.size(); i++) {
      ProductChoice choice = choices.get(i);
      if (bundleCode.equals(choice.bundleCode()) && productCode.equals(choice.productCode())) {
        return i;
      }
    }
    return -1;
  }

  List<SubscribedProduct> lines() {
    return List.copyOf(lines);
  }

  List<PendingCharge> oneTimeCharges() {
    return List.copyOf(oneTimeCharges);
  }

  /** The services the new lines provision: identifier to (service type to line). */
  Map<String, Map<String, Integer>> services() {
    return services;
  }
}
