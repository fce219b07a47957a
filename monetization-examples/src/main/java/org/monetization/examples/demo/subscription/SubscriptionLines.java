package org.monetization.examples.demo.subscription;

import java.util.List;
import java.util.TreeSet;
import org.monetization.examples.demo.DemoContext;
import org.monetization.subscription.PendingCharge;
import org.monetization.subscription.ProvisionedService;
import org.monetization.subscription.SubscribedProduct;

/** How the chapter shows product lines, pending charges and services, one line each. */
final class SubscriptionLines {
  private SubscriptionLines() {}

  /** Prints product lines: number, bundle and product, type, quantity, and for fees unit price and fee. */
  static void printProducts(DemoContext context, List<SubscribedProduct> products) {
    for (SubscribedProduct product : products) {
      context.say("    %s", describe(product));
    }
  }

  /** Returns a product line on one line. */
  static String describe(SubscribedProduct product) {
    String what;
    if (product.serviceIdentifier() != null) {
      what = "service " + product.serviceIdentifier();
    } else if (product.unitPrice() != null && product.fee() != null) {
      what = product.quantity().toPlainString() + " x " + Amounts.format(product.unitPrice())
          + ", fee " + Amounts.format(product.fee());
    } else {
      what = product.quantity().toPlainString() + " units";
    }
    return String.format(
        "line %-2d %-28s %-9s %s%s",
        product.line(),
        product.bundleCode() + "/" + product.productCode(),
        product.type(),
        what,
        product.isActive() ? "" : " (" + product.status() + ")");
  }

  /** Prints one-off charges and credits: description and amount. */
  static void printCharges(DemoContext context, List<PendingCharge> charges) {
    for (PendingCharge charge : charges) {
      context.say("    %-50s %10s", charge.description(), Amounts.format(charge.amount()));
    }
  }

  /** Returns a service on one line: identifier, status and the product lines it carries by service type. */
  static String describe(ProvisionedService service) {
    return String.format(
        "%s %s (%s)",
        service.identifier(), service.status(), String.join(", ", new TreeSet<>(service.products().keySet())));
  }
}
