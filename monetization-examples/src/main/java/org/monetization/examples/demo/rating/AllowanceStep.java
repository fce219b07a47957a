package org.monetization.examples.demo.rating;

import java.math.BigDecimal;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceValidity;
import org.monetization.balance.NewBalance;
import org.monetization.catalog.Product;
import org.monetization.catalog.ProductCatalog;
import org.monetization.catalog.ProductType;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.subscription.SubscribedProduct;
import org.monetization.subscription.Subscription;

/**
 * Grants this cycle's free data of the lines in the file: one CREDIT balance valid for the current billing
 * cycle per allowance line of their subscriptions (the plan's free data, the roaming pack's). The SDK does
 * not grant allowances at the start of a cycle yet, so the host does it through {@code Balances}.
 */
final class AllowanceStep implements DemoStep {

  @Override
  public String title() {
    return "Grant this cycle's free data";
  }

  @Override
  public void run(DemoContext context) {
    ProductCatalog catalog = context.monetization().catalog().current().orElseThrow().catalog();
    for (String line : RatedLines.SHOWN) {
      Subscription subscription = RatedLines.subscription(context.monetization(), line);
      context.say("%s, %s:", RatedLines.describe(context.monetization(), line), subscription.planCode());
      for (SubscribedProduct allowance : subscription.activeProducts()) {
        if (allowance.type() != ProductType.ALLOWANCE) {
          continue;
        }
        Product product = catalog.bundle(allowance.bundleCode()).flatMap(b -> b.product(allowance.productCode()))
            .orElseThrow();
        String resource = product.resource();
        if (resource == null) {
          throw new IllegalStateException("allowance " + product.code() + " names no resource");
        }
        BigDecimal quantity = allowance.quantity();
        Balance balance = context.monetization().balances().create(NewBalance.credit(
            subscription.balanceGroupId(), resource, quantity, BalanceValidity.currentCycle()));
        context.say("  %-28s balance #%-2s %s %s until %s", allowance.bundleCode() + "/" + allowance.productCode(),
            balance.id().value(), balance.amount().toPlainString(), resource, balance.validity().to());
      }
    }
  }
}
