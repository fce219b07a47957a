package org.monetization.examples.demo.subscription;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.monetization.billing.BillingCalendar;
import org.monetization.customer.CustomerFilter;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.onboarding.OnboardingSummary;
import org.monetization.onboarding.SubscriptionSection;
import org.monetization.onboarding.SubscriptionSummary;
import org.monetization.paging.PageRequest;
import org.monetization.subscription.SubscriptionQuote;

/**
 * Runs the dry run of an onboarding with a subscription (the CUS-5 summary): the billing profile's calendar,
 * the first cycle, the product lines with their final fees after the loyalty discount and the coupon, the
 * one-time charges and the service identifiers; and shows that nothing was created.
 */
final class OnboardingPreviewStep implements DemoStep {

  @Override
  public String title() {
    return "Preview an onboarding with a subscription (dry run)";
  }

  @Override
  public void run(DemoContext context) {
    long before = customerCount(context);
    OnboardingRequest request = Subscribers.lea(Subscribers.billingDay(context.monetization()));
    OnboardingSummary summary = context.monetization().onboarding().preview(request);
    SubscriptionSummary subscription = summary.subscription();
    if (subscription == null) {
      throw new IllegalStateException("the preview has no subscription part");
    }
    BillingCalendar calendar = subscription.calendar();
    SubscriptionQuote quote = subscription.quote();
    context.say("%s %s, %s, plan %s with %s and the handset insurance:",
        summary.account().firstName(), summary.account().lastName(), summary.status(), quote.planCode(),
        request.subscriptionSection().map(SubscriptionSection::promotionCodes).orElse(List.of()));
    context.say("  billing profile   %s in %s, %s on day %d, zone %s", subscription.paymentType(),
        subscription.currency(), calendar.interval(), calendar.billingDay(), calendar.zone());
    context.say("  first cycle       %s to %s", subscription.firstCycle().start().truncatedTo(ChronoUnit.SECONDS),
        subscription.firstCycle().end());
    context.say("  priced with       catalog version %d, starting %s", quote.catalogVersion(),
        quote.startAt().truncatedTo(ChronoUnit.SECONDS));
    context.say("  product lines:");
    SubscriptionLines.printProducts(context, quote.products());
    context.say("  one-time charges for the first bill:");
    SubscriptionLines.printCharges(context, quote.oneTimeCharges());
    context.say("  services          %s", quote.services().stream()
        .map(SubscriptionLines::describe).collect(Collectors.joining("; ")));
    context.say("  recurring total   %s per cycle", Amounts.format(quote.recurringTotal()));
    context.say("Nothing was created: %d customers before the preview, %d after; service %s is %s.", before,
        customerCount(context), Subscribers.LEA_LINE,
        context.monetization().services().find(Subscribers.LEA_LINE).isPresent() ? "taken" : "still free");
  }

  private static long customerCount(DemoContext context) {
    return context.monetization().customers().list(CustomerFilter.none(), PageRequest.first(1)).totalCount();
  }
}
