package org.monetization.examples.demo.rating;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.examples.demo.subscription.Amounts;
import org.monetization.rating.RatedEvent;
import org.monetization.rating.UsageQuery;
import org.monetization.time.Validity;

/**
 * Lists a line's rated usage events of two hours of one morning (BAL-6), in start-time order, a page at a
 * time: what was reported, what was rated after rounding (a data session's parts round its running total),
 * the money and the balances each event moved.
 */
final class UsageListStep implements DemoStep {
  /** The day listed, as a day of the cycle (the first day is 0). */
  static final int DAY_OF_CYCLE = 16;
  /** The page size. */
  static final int PAGE_SIZE = 5;

  @Override
  public String title() {
    return "List a line's usage events for a period";
  }

  @Override
  public void run(DemoContext context) {
    LocalDate day = LocalDate.now(context.monetization().clock()).plusDays(DAY_OF_CYCLE);
    Instant from = day.atTime(8, 0).toInstant(ZoneOffset.UTC);
    Validity hours = Validity.between(from, day.atTime(10, 0).toInstant(ZoneOffset.UTC));
    UsageQuery query = UsageQuery.of(RatedLines.LEA, hours).limit(PAGE_SIZE);
    List<RatedEvent> page = context.monetization().rating().events(query);
    int pages = 0;
    context.say("Events of %s from %s to %s, %d a page:", RatedLines.describe(context.monetization(),
        RatedLines.LEA), hours.from(), hours.to(), PAGE_SIZE);
    while (!page.isEmpty()) {
      pages++;
      context.say("page %d:", pages);
      for (RatedEvent event : page) {
        context.say("  %s", describe(event));
      }
      page = context.monetization().rating().events(query.after(page.get(page.size() - 1)));
    }
  }

  private static String describe(RatedEvent event) {
    String impacts = event.impacts().stream()
        .map(impact -> impact.resource() + " +" + impact.amount().toPlainString())
        .collect(Collectors.joining(", "));
    return String.format("%-11s %-5s %s %9s -> %-5s %-11s %s", event.id(), event.serviceType(),
        event.startTime(), event.quantity().toPlainString(), event.ratedQuantity().toPlainString(),
        Amounts.format(event.charge()), impacts.isEmpty() ? "" : "(" + impacts + ")");
  }
}
