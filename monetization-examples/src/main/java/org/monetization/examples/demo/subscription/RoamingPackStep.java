package org.monetization.examples.demo.subscription;

import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.subscription.PackRequest;
import org.monetization.subscription.SubscribedProduct;
import org.monetization.subscription.Subscription;

/** Adds the EU roaming pack, an option the plan offers, on top of a subscription (SUB-2). */
final class RoamingPackStep implements DemoStep {

  @Override
  public String title() {
    return "Add the EU roaming pack";
  }

  @Override
  public void run(DemoContext context) {
    Subscription subscription = Subscribers.ofLine(context.monetization(), Subscribers.LEA_LINE);
    Subscription updated = context.monetization().subscriptions()
        .addPack(subscription.id(), PackRequest.of(MobileCatalog.ROAMING_PACK));
    context.say("Subscription #%s of line %s now has %d active lines; the pack added:", updated.id(),
        Subscribers.LEA_LINE, updated.activeProducts().size());
    SubscriptionLines.printProducts(context, updated.activeProducts().stream()
        .filter(line -> line.line() >= subscription.nextLine())
        .toList());
    context.say("Packs of the subscription: %s", updated.activeProducts().stream()
        .filter(SubscribedProduct::pack).map(SubscribedProduct::bundleCode).distinct().toList());
  }
}
