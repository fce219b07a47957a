package org.monetization.examples.demo.rating;

import org.monetization.balance.Balance;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.BalanceTotal;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;

/**
 * Shows each rated line's balances (BAL-2, BAL-3): the totals per resource, read by their sign — free data
 * and prepaid credit left are negative, postpaid charges owed positive — and every balance behind them.
 */
final class BalancesStep implements DemoStep {

  @Override
  public String title() {
    return "Show the subscribers' balances";
  }

  @Override
  public void run(DemoContext context) {
    for (String line : RatedLines.SHOWN) {
      BalanceGroupId group = RatedLines.subscription(context.monetization(), line).balanceGroupId();
      context.say("%s, balance group #%s:", RatedLines.describe(context.monetization(), line), group.value());
      for (BalanceTotal total : context.monetization().balances().totals(group)) {
        context.say("  %-26s %s %s", meaning(total), total.amount().abs().toPlainString(),
            total.resource());
      }
      for (Balance balance : context.monetization().balances().balances(group)) {
        context.say("    balance #%-3s %-8s %12s  valid from %s %s", balance.id().value(), balance.resource(),
            balance.amount().toPlainString(), balance.validity().from(),
            balance.validity().to() == null ? "with no end" : "to " + balance.validity().to());
      }
    }
  }

  /** Returns what a total means by its resource and sign. */
  private static String meaning(BalanceTotal total) {
    if (total.resource().equals(ResourcesStep.DATA_MB)) {
      return "free data left";
    }
    return total.amount().signum() > 0 ? "charges accumulated" : "prepaid credit left";
  }
}
