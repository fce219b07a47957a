package org.monetization.examples.demo.subscription;

import static java.util.Objects.requireNonNull;

import java.time.temporal.ChronoUnit;
import org.monetization.customer.Customer;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.subscription.Subscription;

/**
 * Cancels a subscription (SUB-6): every product line and the mobile line end at once, and the customer's
 * subscription and service counts drop.
 */
final class CancellationStep implements DemoStep {

  @Override
  public String title() {
    return "Cancel a subscription";
  }

  @Override
  public void run(DemoContext context) {
    Subscription subscription = Subscribers.ofLine(context.monetization(), Subscribers.PABLO_LINE);
    Customer before = context.monetization().customers().get(subscription.customerId());
    Subscription cancelled = context.monetization().subscriptions().cancel(subscription.id());
    Customer after = context.monetization().customers().get(subscription.customerId());
    context.say("Subscription #%s of %s is %s since %s; %d of %d product lines are still active.",
        cancelled.id(), after.fullName(), cancelled.status(),
        requireNonNull(cancelled.endedAt()).truncatedTo(ChronoUnit.SECONDS),
        cancelled.activeProducts().size(), cancelled.products().size());
    context.say("Line %s", SubscriptionLines.describe(
        context.monetization().services().find(Subscribers.PABLO_LINE).orElseThrow()));
    context.say("%s: %d subscription and %d service before, %d and %d after.", after.fullName(),
        before.subscriptionCount(), before.serviceCount(), after.subscriptionCount(), after.serviceCount());
  }
}
