package org.monetization.examples.demo.subscription;

import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import org.jspecify.annotations.Nullable;
import org.monetization.Monetization;
import org.monetization.config.AttributeValue;
import org.monetization.config.BillingInterval;
import org.monetization.config.PaymentType;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Address;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerSummary;
import org.monetization.customer.PaymentInfo;
import org.monetization.examples.demo.customer.CustomerChapter;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.onboarding.SubscriptionSection;
import org.monetization.paging.PageRequest;
import org.monetization.subscription.ProductChoice;
import org.monetization.subscription.Subscription;

/**
 * The chapter's mobile subscribers, new customers who join with a subscription: each request is one
 * onboarding command with its subscription section. Their mobile numbers are the service identifiers; one
 * subscriber gives none and gets a generated one. Billing is monthly on the day of the month they join, as
 * operators that bill on the anniversary date do.
 */
final class Subscribers {
  /** Previewed first, then onboarded on Mobile S with the welcome coupon and the insurance; buys roaming. */
  static final String LEA_ROUSSEAU = "Léa Rousseau";
  static final String LEA_LINE = "+33612345678";
  /** Moves from Mobile S to Mobile L mid-cycle. */
  static final String TOBIAS_WAGNER = "Tobias Wagner";
  static final String TOBIAS_LINE = "+4915112345678";
  /** Gives no mobile number, so the SDK generates the identifier; redeems the voucher. */
  static final String SANNE_DE_VRIES = "Sanne de Vries";
  /** Joins on Mobile L and cancels. */
  static final String PABLO_ORTEGA = "Pablo Ortega";
  static final String PABLO_LINE = "+34612345678";

  private Subscribers() {}

  /** Returns the day of the month it is today on the SDK's clock: the subscribers' billing day. */
  static int billingDay(Monetization monetization) {
    return LocalDate.now(monetization.clock()).getDayOfMonth();
  }

  /**
   * Returns Léa Rousseau's request: Mobile S, the welcome coupon, and the optional handset insurance.
   *
   * @param billingDay the day of the month her cycles start
   */
  static OnboardingRequest lea(int billingDay) {
    return request(
        account("Léa", "Rousseau", "lea.rousseau@example.com", LEA_LINE, "FR",
            Address.of("3 rue Esquermoise", "Lille", "Hauts-de-France", "FR", "59800")),
        PaymentInfo.creditCard("Léa Rousseau", "tok_visa_1e6b0c7d3a90"),
        section(MobileCatalog.PLAN_S, billingDay, LEA_LINE, List.of(MobileCatalog.WELCOME_COUPON),
            List.of(new ProductChoice(
                MobileCatalog.PLAN_S_BUNDLE, MobileCatalog.INSURANCE, null, null, null, true, null))));
  }

  /**
   * Returns the requests of the other subscribers, in onboarding order.
   *
   * @param billingDay the day of the month their cycles start
   */
  static List<OnboardingRequest> others(int billingDay) {
    return List.of(
        request(
            account("Tobias", "Wagner", "tobias.wagner@example.com", TOBIAS_LINE, "DE",
                Address.of("Ehrenstraße 14", "Köln", "Nordrhein-Westfalen", "DE", "50672")),
            PaymentInfo.creditCard("Tobias Wagner", "tok_mc_7d2a4f6b9e13"),
            section(MobileCatalog.PLAN_S, billingDay, TOBIAS_LINE, List.of(), List.of())),
        request(
            account("Sanne", "de Vries", "sanne.devries@example.com", "+31 30 123 4567", "NL",
                Address.of("Oudegracht 120", "Utrecht", "Utrecht", "NL", "3511 AW")),
            PaymentInfo.directDebit(
                "MND-NL-2026-0014", LocalDate.of(2026, 1, 12), "ABNANL2A", "NL91 ABNA 0417 1643 00"),
            section(MobileCatalog.PLAN_S, billingDay, null, List.of(), List.of())),
        request(
            account("Pablo", "Ortega", "pablo.ortega@example.com", PABLO_LINE, "ES",
                Address.of("Calle Sierpes 30", "Sevilla", "Andalucía", "ES", "41004")),
            PaymentInfo.invoice(),
            section(MobileCatalog.PLAN_L, billingDay, PABLO_LINE, List.of(), List.of())));
  }

  /**
   * Returns the subscription that provisioned a mobile line.
   *
   * @param monetization the SDK
   * @param line the service identifier
   * @return the subscription
   * @throws IllegalStateException if no service has that identifier
   */
  static Subscription ofLine(Monetization monetization, String line) {
    var service = monetization.services().find(line)
        .orElseThrow(() -> new IllegalStateException("no service " + line));
    return monetization.subscriptions().get(service.subscriptionId());
  }

  /**
   * Returns the first subscription of the one customer with exactly this full name.
   *
   * @param monetization the SDK
   * @param fullName first name then last name
   * @return the subscription
   * @throws IllegalStateException if not exactly one customer has that name, or the customer has none
   */
  static Subscription ofCustomer(Monetization monetization, String fullName) {
    List<CustomerSummary> matches =
        monetization.customers().list(CustomerFilter.builder().fullName(fullName).build(), PageRequest.first(10))
            .items().stream().filter(summary -> summary.fullName().equals(fullName)).toList();
    if (matches.size() != 1) {
      throw new IllegalStateException("expected one customer named " + fullName + " but found " + matches.size());
    }
    return monetization.subscriptions().ofCustomer(matches.get(0).id()).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException(fullName + " has no subscription"));
  }

  private static AccountInfo account(
      String firstName, String lastName, String email, String phone, String language, Address address) {
    return AccountInfo.builder()
        .firstName(firstName)
        .lastName(lastName)
        .email(email)
        .phone(phone)
        .customerType(CustomerChapter.RESIDENTIAL)
        .address(address)
        .customAttribute(CustomerChapter.PREFERRED_LANGUAGE, AttributeValue.choice(language))
        .build();
  }

  private static SubscriptionSection section(
      String plan, int billingDay, @Nullable String line, List<String> codes, List<ProductChoice> choices) {
    return new SubscriptionSection(
        PaymentType.POSTPAID, Monetary.getCurrency("EUR"), BillingInterval.MONTHLY, billingDay, plan, codes, line,
        choices);
  }

  private static OnboardingRequest request(
      AccountInfo account, PaymentInfo payment, SubscriptionSection subscription) {
    return OnboardingRequest.builder().account(account).payment(payment).subscription(subscription).build();
  }
}
