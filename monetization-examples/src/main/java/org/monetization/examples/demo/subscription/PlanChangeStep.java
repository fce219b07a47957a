package org.monetization.examples.demo.subscription;

import java.time.Instant;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.subscription.PendingCharge;
import org.monetization.subscription.PlanTransition;
import org.monetization.subscription.SubscribedProduct;
import org.monetization.subscription.Subscription;

/**
 * Moves a subscription from Mobile S to Mobile L two weeks into its billing cycle (SUB-5): the unused part of
 * the old monthly fee is credited and the rest of the cycle on the new fee charged, both prorated by day;
 * the mobile line keeps its number.
 */
final class PlanChangeStep implements DemoStep {
  /** How many days into the cycle the change takes effect. */
  static final int DAYS_INTO_CYCLE = 14;

  @Override
  public String title() {
    return "Change plan mid-cycle, with proration";
  }

  @Override
  public void run(DemoContext context) {
    Subscription before = Subscribers.ofLine(context.monetization(), Subscribers.TOBIAS_LINE);
    // Subscribers are billed on the day they join, so the cycle started today at midnight.
    LocalDate today = LocalDate.now(context.monetization().clock());
    Instant effectiveAt = today.plusDays(DAYS_INTO_CYCLE)
        .atStartOfDay(context.monetization().clock().getZone()).toInstant();
    PlanTransition transition = context.monetization().subscriptions()
        .changePlan(before.id(), MobileCatalog.PLAN_L, effectiveAt);
    Subscription after = transition.subscription();
    context.say("Subscription #%s of line %s moves from %s to %s on %s, day %d of the cycle that started %s.",
        after.id(), Subscribers.TOBIAS_LINE, before.planCode(), after.planCode(), effectiveAt,
        DAYS_INTO_CYCLE + 1, today);
    context.say("Monthly fee before: %s; after: %s.", monthlyFee(before), monthlyFee(after));
    context.say("Prorated amounts for the next bill:");
    SubscriptionLines.printCharges(context, transition.proration());
    MonetaryAmount net = transition.proration().stream()
        .map(PendingCharge::amount)
        .reduce(MonetaryAmount::add)
        .orElseThrow();
    context.say("    %-50s %10s", "net", Amounts.format(net));
    context.say("The mobile line keeps its number: %s",
        SubscriptionLines.describe(context.monetization().services().find(Subscribers.TOBIAS_LINE).orElseThrow()));
  }

  private static String monthlyFee(Subscription subscription) {
    return subscription.activeProducts().stream()
        .filter(line -> line.productCode().equals("MONTHLY_FEE") && line.fee() != null)
        .map(SubscribedProduct::fee)
        .map(Amounts::format)
        .findFirst()
        .orElse("none");
  }
}
