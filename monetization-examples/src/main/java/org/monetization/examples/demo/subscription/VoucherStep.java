package org.monetization.examples.demo.subscription;

import java.util.List;
import org.monetization.error.FieldError;
import org.monetization.error.ValidationException;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.subscription.Subscription;

/**
 * Redeems the single-use data gift voucher, which buys its bundle (SUB-4), and shows that redeeming the same
 * code again, on another subscription, is refused because the code is used up.
 */
final class VoucherStep implements DemoStep {

  @Override
  public String title() {
    return "Redeem a voucher";
  }

  @Override
  public void run(DemoContext context) {
    Subscription sanne = Subscribers.ofCustomer(context.monetization(), Subscribers.SANNE_DE_VRIES);
    Subscription updated = context.monetization().subscriptions()
        .redeemVouchers(sanne.id(), List.of(MobileCatalog.GIFT_VOUCHER));
    context.say("%s redeemed %s on subscription #%s, which bought:", Subscribers.SANNE_DE_VRIES,
        MobileCatalog.GIFT_VOUCHER, updated.id());
    SubscriptionLines.printProducts(context, updated.activeProducts().stream()
        .filter(line -> line.line() >= sanne.nextLine())
        .toList());

    Subscription tobias = Subscribers.ofLine(context.monetization(), Subscribers.TOBIAS_LINE);
    try {
      context.monetization().subscriptions().redeemVouchers(tobias.id(), List.of(MobileCatalog.GIFT_VOUCHER));
      throw new IllegalStateException("the SDK redeemed a single-use voucher twice");
    } catch (ValidationException refused) {
      context.say("Redeeming it again on subscription #%s is refused:", tobias.id());
      for (FieldError error : refused.errors()) {
        context.say("  %s: %s", error.field(), error.message());
      }
    }
    if (!context.monetization().subscriptions().get(tobias.id()).equals(tobias)) {
      throw new IllegalStateException("a refused redemption changed subscription " + tobias.id());
    }
    context.say("Subscription #%s is unchanged.", tobias.id());
  }
}
