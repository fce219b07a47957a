package org.monetization.inmemory;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Address;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.PaymentMethod;

/**
 * A stored customer with the values a {@link CustomerFilter} looks at, extracted and lower-cased once when
 * the customer is written. A listing scans every row: reading these fields costs one object per customer,
 * where {@link CustomerFilter#test} walks four (customer, account, address, text) and lower-cases each text
 * again. {@link #matches} decides exactly as {@link CustomerFilter#test} does.
 *
 * @param customer the stored customer
 * @param status its status
 * @param paymentMethod its payment method
 * @param customerType its customer type code
 * @param country its address's country as written, null without address
 * @param fullName its full name, lower-cased
 * @param email its email, lower-cased
 * @param address its address on one line, lower-cased
 * @param city its city, lower-cased
 */
record CustomerRow(
    Customer customer,
    CustomerStatus status,
    PaymentMethod paymentMethod,
    @Nullable String customerType,
    @Nullable String country,
    String fullName,
    @Nullable String email,
    @Nullable String address,
    @Nullable String city) {

  static CustomerRow of(Customer customer) {
    AccountInfo account = customer.account();
    Address home = account.address();
    return new CustomerRow(
        customer,
        customer.status(),
        customer.payment().method(),
        account.customerType(),
        home == null ? null : home.country(),
        lower(account.fullName()),
        lower(account.email()),
        home == null ? null : lower(home.singleLine()),
        home == null ? null : lower(home.city()));
  }

  long id() {
    return customer.id().value();
  }

  /** Returns whether the customer meets every criterion of the query, as {@link CustomerFilter#test}. */
  boolean matches(Query query) {
    CustomerFilter filter = query.filter();
    return (filter.status() == null || filter.status() == status)
        && (filter.paymentMethod() == null || filter.paymentMethod() == paymentMethod)
        && (filter.customerType() == null || filter.customerType().equals(customerType))
        && (filter.country() == null || filter.country().equalsIgnoreCase(country))
        && contains(city, query.city())
        && contains(email, query.email())
        && contains(fullName, query.fullName())
        && contains(address, query.address());
  }

  private static boolean contains(@Nullable String value, @Nullable String criterion) {
    return criterion == null || (value != null && value.contains(criterion));
  }

  private static @Nullable String lower(@Nullable String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }

  /**
   * A filter with its text criteria lower-cased once, for one scan.
   *
   * @param filter the filter
   * @param fullName its full-name criterion, lower-cased
   * @param email its email criterion, lower-cased
   * @param address its address criterion, lower-cased
   * @param city its city criterion, lower-cased
   */
  record Query(
      CustomerFilter filter,
      @Nullable String fullName,
      @Nullable String email,
      @Nullable String address,
      @Nullable String city) {

    static Query of(CustomerFilter filter) {
      return new Query(
          filter, lower(filter.fullName()), lower(filter.email()), lower(filter.address()), lower(filter.city()));
    }
  }
}
