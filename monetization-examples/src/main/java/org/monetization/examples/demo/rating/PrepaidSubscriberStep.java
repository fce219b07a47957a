package org.monetization.examples.demo.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceGroup;
import org.monetization.balance.BalanceValidity;
import org.monetization.balance.NewBalance;
import org.monetization.config.AttributeValue;
import org.monetization.config.BillingInterval;
import org.monetization.config.PaymentType;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Address;
import org.monetization.customer.PaymentInfo;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.examples.demo.customer.CustomerChapter;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.onboarding.OnboardingResult;
import org.monetization.onboarding.SubscriptionSection;

/**
 * Onboards a prepaid subscriber on Mobile S and tops her line up (BAL-5): a manual CREDIT of euros with no
 * end, which her calls, texts and data beyond the free allowance draw on. A prepaid charge the credit cannot
 * cover would be refused.
 */
final class PrepaidSubscriberStep implements DemoStep {
  /** The top-up. */
  static final BigDecimal TOP_UP = new BigDecimal("30.00");

  @Override
  public String title() {
    return "Onboard a prepaid subscriber and top up her credit";
  }

  @Override
  public void run(DemoContext context) {
    int billingDay = LocalDate.now(context.monetization().clock()).getDayOfMonth();
    OnboardingResult result = context.monetization().onboarding().submit(request(billingDay));
    BalanceGroup group = result.balanceGroup();
    if (group == null || result.subscription() == null) {
      throw new IllegalStateException("onboarding with a subscription section created no subscription");
    }
    context.say("%s: customer #%s, balance group #%s, subscription #%s on %s, PREPAID, line %s",
        result.customer().fullName(), result.customer().id(), group.id().value(),
        result.subscription().id().value(), result.subscription().planCode(), RatedLines.INES);
    Balance credit = context.monetization().balances()
        .create(NewBalance.credit(group.id(), "EUR", TOP_UP, BalanceValidity.infinite()));
    context.say("Top-up: balance #%s of %s %s, valid from %s with no end (negative: available to her).",
        credit.id().value(), credit.resource(), credit.amount().toPlainString(), credit.validity().from());
  }

  private static OnboardingRequest request(int billingDay) {
    AccountInfo account = AccountInfo.builder()
        .firstName("Inès")
        .lastName("Haddad")
        .email("ines.haddad@example.com")
        .phone(RatedLines.INES)
        .customerType(CustomerChapter.RESIDENTIAL)
        .address(Address.of("12 quai de la Fosse", "Nantes", "Pays de la Loire", "FR", "44000"))
        .customAttribute(CustomerChapter.PREFERRED_LANGUAGE, AttributeValue.choice("FR"))
        .build();
    SubscriptionSection subscription = new SubscriptionSection(PaymentType.PREPAID, Monetary.getCurrency("EUR"),
        BillingInterval.MONTHLY, billingDay, "MOBILE_S", List.of(), RatedLines.INES, List.of());
    return OnboardingRequest.builder()
        .account(account)
        .payment(PaymentInfo.creditCard("Inès Haddad", "tok_visa_5c81e2f0b7a4"))
        .subscription(subscription)
        .build();
  }
}
