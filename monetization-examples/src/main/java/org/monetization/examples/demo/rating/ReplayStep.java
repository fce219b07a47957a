package org.monetization.examples.demo.rating;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.monetization.balance.BalanceTotal;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.rating.RatingStatus;

/**
 * Sends the same file again, as a network element does after a lost acknowledgement: rating is idempotent
 * by record id, so every record rated the first time is a duplicate, nothing is rated anew and no balance
 * moves; the bad records are refused again.
 */
final class ReplayStep implements DemoStep {

  @Override
  public String title() {
    return "Re-send the same file";
  }

  @Override
  public void run(DemoContext context) {
    Map<String, List<BalanceTotal>> before = totals(context);
    FileRating replay = FileRating.rate(context.monetization().rating(),
        CdrFile.events(context.monetization().clock()));
    replay.printCounts(context);
    if (replay.count(RatingStatus.RATED) != 0 || !totals(context).equals(before)) {
      throw new IllegalStateException("the replayed file rated records again");
    }
    context.say("Nothing new was rated; the balances of %s are unchanged; the %d bad records are refused again.",
        RatedLines.SHOWN, replay.count(RatingStatus.REJECTED));
  }

  private static Map<String, List<BalanceTotal>> totals(DemoContext context) {
    return RatedLines.SHOWN.stream().collect(Collectors.toMap(Function.identity(), line -> context.monetization()
        .balances().totals(RatedLines.subscription(context.monetization(), line).balanceGroupId())));
  }
}
