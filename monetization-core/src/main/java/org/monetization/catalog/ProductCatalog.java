package org.monetization.catalog;

import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.monetization.config.ServiceType;

/**
 * The whole offer of an operator (CFG-4 to CFG-7): service types, bundles, plans (with the packs they
 * offer), coupons and vouchers. An immutable value: build it with {@link #builder()} or read it with
 * {@link #fromJson(Reader)}, check it with {@link #validate()}, and write it back with
 * {@link #toJson(Writer)}; export then import yields an equal catalog.
 *
 * <pre>{@code
 * ProductCatalog catalog = ProductCatalog.builder()
 *     .serviceType(voice)
 *     .bundle(Bundle.of("MOBILE_BASE", List.of(voiceProduct, monthlyFee), List.of()))
 *     .plan(new Plan("MOBILE_S", "Mobile S", eur, List.of("MOBILE_BASE"), List.of("ROAMING"), null))
 *     .build();
 * List<CatalogProblem> problems = catalog.validate();
 * }</pre>
 *
 * @param serviceTypes the service types products refer to
 * @param bundles every bundle, plans' and packs' alike
 * @param plans the plans
 * @param coupons the coupons
 * @param vouchers the vouchers
 */
public record ProductCatalog(
    List<ServiceType> serviceTypes,
    List<Bundle> bundles,
    List<Plan> plans,
    List<Coupon> coupons,
    List<Voucher> vouchers) {

  /** Copies the lists. */
  public ProductCatalog {
    serviceTypes = List.copyOf(serviceTypes);
    bundles = List.copyOf(bundles);
    plans = List.copyOf(plans);
    coupons = List.copyOf(coupons);
    vouchers = List.copyOf(vouchers);
  }

  /** Returns the empty catalog. */
  public static ProductCatalog empty() {
    return new ProductCatalog(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** Returns a builder of an empty catalog. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a catalog from its JSON form, as written by {@link #toJson(Writer)}.
   *
   * @param json the JSON text; not closed
   * @return the catalog, not yet validated
   * @throws org.monetization.error.ValidationException if the JSON is malformed or not a catalog
   */
  public static ProductCatalog fromJson(Reader json) {
    return CatalogJson.read(json);
  }

  /**
   * Writes this catalog as JSON (pretty-printed, stable field order).
   *
   * @param out where to write; flushed, not closed
   * @throws org.monetization.error.MonetizationException if writing fails
   */
  public void toJson(Writer out) {
    CatalogJson.write(this, out);
  }

  /**
   * Returns every inconsistency of the catalog: duplicate codes, dangling references, products missing
   * what their type needs (a tariff, a price, a resource), prices in another currency than their plan's,
   * tariffs conditioned on fields that are not rating fields, overlapping price conditions, malformed
   * discounts. Empty when the catalog is consistent.
   *
   * @return the problems, in a deterministic order
   */
  public List<CatalogProblem> validate() {
    return CatalogValidator.validate(this);
  }

  /**
   * Returns the plan with the given code.
   *
   * @param code the plan code
   * @return the plan, if any
   */
  public Optional<Plan> plan(String code) {
    return plans.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /**
   * Returns the bundle with the given code.
   *
   * @param code the bundle code
   * @return the bundle, if any
   */
  public Optional<Bundle> bundle(String code) {
    return bundles.stream().filter(b -> b.code().equals(code)).findFirst();
  }

  /**
   * Returns the service type with the given code.
   *
   * @param code the service type code
   * @return the service type, if any
   */
  public Optional<ServiceType> serviceType(String code) {
    return serviceTypes.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /**
   * Returns the coupon with the given code.
   *
   * @param code the coupon code
   * @return the coupon, if any
   */
  public Optional<Coupon> coupon(String code) {
    return coupons.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /**
   * Returns the voucher with the given code.
   *
   * @param code the voucher code
   * @return the voucher, if any
   */
  public Optional<Voucher> voucher(String code) {
    return vouchers.stream().filter(v -> v.code().equals(code)).findFirst();
  }

  /** Builds a {@link ProductCatalog}. Not thread-safe. */
  public static final class Builder {
    private final List<ServiceType> serviceTypes = new ArrayList<>();
    private final List<Bundle> bundles = new ArrayList<>();
    private final List<Plan> plans = new ArrayList<>();
    private final List<Coupon> coupons = new ArrayList<>();
    private final List<Voucher> vouchers = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a service type.
     *
     * @param value the service type
     * @return this builder
     */
    public Builder serviceType(ServiceType value) {
      serviceTypes.add(value);
      return this;
    }

    /**
     * Adds a bundle.
     *
     * @param value the bundle
     * @return this builder
     */
    public Builder bundle(Bundle value) {
      bundles.add(value);
      return this;
    }

    /**
     * Adds a plan.
     *
     * @param value the plan
     * @return this builder
     */
    public Builder plan(Plan value) {
      plans.add(value);
      return this;
    }

    /**
     * Adds a coupon.
     *
     * @param value the coupon
     * @return this builder
     */
    public Builder coupon(Coupon value) {
      coupons.add(value);
      return this;
    }

    /**
     * Adds a voucher.
     *
     * @param value the voucher
     * @return this builder
     */
    public Builder voucher(Voucher value) {
      vouchers.add(value);
      return this;
    }

    /** Returns the catalog; call {@link ProductCatalog#validate()} to check it. */
    public ProductCatalog build() {
      return new ProductCatalog(serviceTypes, bundles, plans, coupons, vouchers);
    }
  }
}
