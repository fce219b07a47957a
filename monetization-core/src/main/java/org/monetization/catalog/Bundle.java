package org.monetization.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A named group of products and discounts (CFG-5). A plan is made of bundles; a pack is a bundle that a
 * plan offers on top of its own. Immutable.
 *
 * @param code unique in the catalog
 * @param name display name
 * @param products the products, codes unique within the bundle
 * @param discounts the discounts, codes unique within the bundle
 */
public record Bundle(String code, String name, List<Product> products, List<Discount> discounts) {

  /** Copies the lists. */
  public Bundle {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    products = List.copyOf(products);
    discounts = List.copyOf(discounts);
  }

  /**
   * Returns a bundle named after its code.
   *
   * @param code the code
   * @param products the products
   * @param discounts the discounts
   * @return the bundle
   */
  public static Bundle of(String code, List<Product> products, List<Discount> discounts) {
    return new Bundle(code, code, products, discounts);
  }

  /**
   * Returns the product with the given code.
   *
   * @param productCode the product's code
   * @return the product, if the bundle has it
   */
  public Optional<Product> product(String productCode) {
    return products.stream().filter(p -> p.code().equals(productCode)).findFirst();
  }
}
