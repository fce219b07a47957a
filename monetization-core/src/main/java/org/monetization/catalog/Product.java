package org.monetization.catalog;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import org.monetization.time.Validity;

/**
 * A product of a bundle (CFG-5). What it needs depends on its type: a {@link ProductType#SERVICE} product
 * names its service type and carries a tariff; fees ({@link ProductType#ONE_TIME},
 * {@link ProductType#RECURRING}) carry a price; an {@link ProductType#ALLOWANCE} grants {@code quantity}
 * units of a resource per cycle. {@link ProductCatalog#validate()} reports products that miss what their
 * type needs. Immutable.
 *
 * @param code unique within its bundle
 * @param name display name
 * @param type what the product sells
 * @param quantity how many units are sold or granted; 1 for a plain fee
 * @param price the fee for fee products (per unit of quantity); null otherwise
 * @param validity when the product can be bought; null for always
 * @param optional whether the subscriber buys it only when the purchase flag is set
 * @param serviceType for service products, the code of the service type its events belong to
 * @param tariff for service products, how its usage is priced
 * @param resource for allowances, the code of the resource granted (e.g. {@code DATA_MB})
 */
public record Product(
    String code,
    String name,
    ProductType type,
    BigDecimal quantity,
    @Nullable MonetaryAmount price,
    @Nullable Validity validity,
    boolean optional,
    @Nullable String serviceType,
    @Nullable Tariff tariff,
    @Nullable String resource) {

  /** Checks the identity fields are present. */
  public Product {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(quantity, "quantity");
  }

  /**
   * Returns a builder for a product of the given code and type.
   *
   * @param code the product code
   * @param type the product type
   * @return the builder, named after the code, quantity 1, mandatory
   */
  public static Builder builder(String code, ProductType type) {
    return new Builder(code, type);
  }

  /** Builds a {@link Product}. Not thread-safe. */
  public static final class Builder {
    private final String code;
    private final ProductType type;
    private String name;
    private BigDecimal quantity = BigDecimal.ONE;
    private @Nullable MonetaryAmount price;
    private @Nullable Validity validity;
    private boolean optional;
    private @Nullable String serviceType;
    private @Nullable Tariff tariff;
    private @Nullable String resource;

    private Builder(String code, ProductType type) {
      this.code = code;
      this.type = type;
      this.name = code;
    }

    /**
     * Sets the display name.
     *
     * @param value the name
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets the quantity sold or granted.
     *
     * @param value the quantity
     * @return this builder
     */
    public Builder quantity(BigDecimal value) {
      this.quantity = value;
      return this;
    }

    /**
     * Sets the fee.
     *
     * @param value the price per unit of quantity
     * @return this builder
     */
    public Builder price(MonetaryAmount value) {
      this.price = value;
      return this;
    }

    /**
     * Sets when the product can be bought.
     *
     * @param value the validity
     * @return this builder
     */
    public Builder validity(Validity value) {
      this.validity = value;
      return this;
    }

    /**
     * Makes the product optional: bought only with the purchase flag.
     *
     * @return this builder
     */
    public Builder optional() {
      this.optional = true;
      return this;
    }

    /**
     * Sets the service type and tariff of a service product.
     *
     * @param serviceTypeCode the service type's code
     * @param value the tariff
     * @return this builder
     */
    public Builder tariff(String serviceTypeCode, Tariff value) {
      this.serviceType = serviceTypeCode;
      this.tariff = value;
      return this;
    }

    /**
     * Sets the resource an allowance grants; the quantity is the amount granted per cycle.
     *
     * @param resourceCode the resource's code
     * @return this builder
     */
    public Builder resource(String resourceCode) {
      this.resource = resourceCode;
      return this;
    }

    /** Returns the product. */
    public Product build() {
      return new Product(code, name, type, quantity, price, validity, optional, serviceType, tariff, resource);
    }
  }
}
