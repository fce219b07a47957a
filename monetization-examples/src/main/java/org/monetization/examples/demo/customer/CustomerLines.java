package org.monetization.examples.demo.customer;

import java.util.stream.Collectors;
import org.monetization.customer.Address;
import org.monetization.customer.Contact;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerSummary;
import org.monetization.customer.PaymentInfo;
import org.monetization.examples.demo.DemoContext;
import org.monetization.paging.Page;

/**
 * How the customer chapter shows customers, one line each. Payment details are printed through their
 * {@code toString}, which masks IBANs and card tokens: the demo shows what a log would show.
 */
final class CustomerLines {
  private CustomerLines() {}

  /** Returns a customer on one line: id, name, type, city and country, payment method and contacts. */
  static String describe(Customer customer) {
    Address home = customer.account().address();
    return String.format(
        "#%-3s %-18s %-11s %-20s %-12s contacts: %s",
        customer.id(),
        customer.fullName(),
        customer.account().customerType(),
        home == null ? "" : home.city() + ", " + home.country(),
        customer.payment().method(),
        customer.contacts().stream().map(Contact::label).collect(Collectors.joining(", ")));
  }

  /** Returns the payment details with their secrets masked, the billing address and the tax ids. */
  static String payment(PaymentInfo payment) {
    StringBuilder line = new StringBuilder(payment.details().toString());
    if (payment.billingAddress() != null) {
      line.append(", billed at ").append(payment.billingAddress().singleLine());
    }
    if (!payment.taxIds().isEmpty()) {
      line.append(", tax ids ").append(payment.taxIds());
    }
    return line.toString();
  }

  /** Returns a contact on one line: label, name, email and phone. */
  static String contact(Contact contact) {
    return String.format(
        "[%s] %s %s <%s> %s",
        contact.label(),
        contact.firstName(),
        contact.lastName(),
        contact.email(),
        contact.phone() == null ? "" : contact.phone());
  }

  /** Prints a page of the list as a table, with a header naming the page and the total. */
  static void print(DemoContext context, Page<CustomerSummary> page) {
    context.say(
        "page %d of %d, %d of %d customers:",
        page.request().page() + 1,
        page.totalPages(),
        page.items().size(),
        page.totalCount());
    for (CustomerSummary summary : page.items()) {
      context.say(
          "  #%-3s %-18s %-46s %-8s %-11s %d subscriptions, %d services",
          summary.id(),
          summary.fullName(),
          summary.email(),
          summary.status(),
          summary.customerType(),
          summary.subscriptions(),
          summary.services());
    }
  }
}
