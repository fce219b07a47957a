package org.monetization.examples.demo.rating;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.monetization.balance.BalanceEvent;
import org.monetization.balance.BalanceGroupId;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;

/**
 * Turns the {@link BalanceEvent.Exhausted} events that rating published into the notifications an operator
 * sends: the SDK publishes one each time an available balance (free data, prepaid credit) reaches zero.
 */
final class NotificationsStep implements DemoStep {

  @Override
  public String title() {
    return "Notify subscribers whose free data or credit ran out";
  }

  @Override
  public void run(DemoContext context) {
    Map<BalanceGroupId, String> lines = new HashMap<>();
    for (String line : RatedLines.SHOWN) {
      lines.put(RatedLines.subscription(context.monetization(), line).balanceGroupId(), line);
    }
    List<BalanceEvent.Exhausted> exhausted = context.events().ofType(BalanceEvent.Exhausted.class);
    context.say("%d balances ran out while rating:", exhausted.size());
    for (BalanceEvent.Exhausted event : exhausted) {
      String line = lines.get(event.groupId());
      String to = line == null ? "balance group #" + event.groupId().value()
          : RatedLines.describe(context.monetization(), line);
      context.say("  to %s: your %s (balance #%s) is used up%s", to, what(event.resource()),
          event.balanceId().value(), event.resource().equals(ResourcesStep.DATA_MB)
              ? "; further data is charged per MB." : "; top up to keep calling.");
    }
  }

  private static String what(String resource) {
    return resource.equals(ResourcesStep.DATA_MB) ? "free data" : resource + " credit";
  }
}
