package org.monetization.examples.demo.rating;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.rating.UsageEvent;

/**
 * Reads the call detail record file and rates it (BAL-6, BAL-7) in batches: each record is matched to its
 * line's tariff, drawn on free data first, then on prepaid credit or accumulated as a postpaid charge.
 * Records the SDK refuses (unknown line, missing field, negative quantity, cancelled line) are reported in
 * their own results while the rest of the batch is rated; replayed record ids are duplicates.
 */
final class RateFileStep implements DemoStep {

  @Override
  public String title() {
    return "Rate the call detail record file";
  }

  @Override
  public void run(DemoContext context) {
    List<CdrRecord> records = CdrFile.records();
    Map<String, Integer> byType = new TreeMap<>();
    records.forEach(record -> byType.merge(record.serviceType(), 1, Integer::sum));
    Duration shift = CdrFile.shift(context.monetization().clock());
    context.say("Read %d records from %s: %s.", records.size(), CdrFile.RESOURCE, byType);
    context.say("Recorded in the cycle that started %s, replayed %d days later into the current cycle.",
        CdrFile.RECORDED_ON, shift.toDays());
    List<UsageEvent> events = CdrFile.events(context.monetization().clock());
    FileRating.rate(context.monetization().rating(), events).print(context);
  }
}
