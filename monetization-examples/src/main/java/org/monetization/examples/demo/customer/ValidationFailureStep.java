package org.monetization.examples.demo.customer;

import java.time.LocalDate;
import org.monetization.config.AttributeValue;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Address;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.Customers;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.customer.PaymentInfo;
import org.monetization.error.FieldError;
import org.monetization.error.ValidationException;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.paging.PageRequest;

/**
 * Submits an onboarding request with several bad fields and shows that the SDK reports all of them at
 * once, creates nothing, and never prints the IBAN it rejected.
 */
final class ValidationFailureStep implements DemoStep {
  /** A French IBAN whose last digit is wrong, so its check digits fail. */
  static final String BAD_IBAN = "FR76 3000 6000 0112 3456 7890 188";

  @Override
  public String title() {
    return "Reject an invalid onboarding request";
  }

  @Override
  public void run(DemoContext context) {
    Customers customers = context.monetization().customers();
    long before = count(customers);
    PaymentInfo payment =
        PaymentInfo.directDebit("MND-FR-2099-0001", LocalDate.of(2099, 1, 1), "AGRIFRPPXXX", BAD_IBAN);
    try {
      context.monetization().onboarding().submit(
          OnboardingRequest.builder().account(badAccount()).payment(payment).build());
      throw new IllegalStateException("the SDK accepted an invalid onboarding request");
    } catch (ValidationException rejected) {
      context.say("Rejected with %d field errors:", rejected.errors().size());
      for (FieldError error : rejected.errors()) {
        context.say("  %-45s %s", error.field(), error.message());
      }
    }
    context.say("The payment details as a log would show them: %s", payment.details());
    context.say("Nothing was created: %d customers before, %d after.", before, count(customers));
  }

  /**
   * Returns account info with a blank first name, a malformed email, an unknown customer type, a mistyped
   * attribute and no value for the mandatory preferred language.
   */
  private static AccountInfo badAccount() {
    return AccountInfo.builder()
        .firstName(" ")
        .lastName("Curie")
        .email("marie.curie(at)example.com")
        .phone("+33 1 44 27 14 00")
        .customerType("PREMIUM")
        .address(Address.of("11 rue Pierre et Marie Curie", "Paris", "Île-de-France", "FR", "75005"))
        .customAttribute(ConfigurationStep.EMPLOYEES, AttributeValue.text("a few"))
        .build();
  }

  private static long count(Customers customers) {
    return customers.list(CustomerFilter.none(), PageRequest.first(1)).totalCount();
  }
}
