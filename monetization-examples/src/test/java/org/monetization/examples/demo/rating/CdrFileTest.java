package org.monetization.examples.demo.rating;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.monetization.rating.UsageEvent;

/** The shipped call detail record file: what it holds, how it is read, and that the generator made it. */
class CdrFileTest {

  @Test
  void theShippedFileIsExactlyWhatTheSeededGeneratorWrites() throws IOException {
    try (InputStream in = CdrFile.class.getResourceAsStream(CdrFile.RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), UTF_8)).isEqualTo(CdrGenerator.csv());
    }
  }

  @Test
  void holdsAFewThousandRecordsOfEveryTypeWithFiveReplayedIds() {
    List<CdrRecord> records = CdrFile.records();

    assertThat(records).hasSize(2365);
    assertThat(records.stream().collect(Collectors.groupingBy(CdrRecord::serviceType, Collectors.counting())))
        .containsExactlyInAnyOrderEntriesOf(Map.of("DATA", 1940L, "SMS", 238L, "VOICE", 187L));
    assertThat(records.stream().map(CdrRecord::recordId).distinct()).hasSize(2360);
    Map<String, List<CdrRecord>> byId =
        records.stream().collect(Collectors.groupingBy(CdrRecord::recordId));
    assertThat(byId.values()).filteredOn(same -> same.size() > 1)
        .hasSize(5)
        .allSatisfy(same -> assertThat(same).containsOnly(same.get(0)));
    assertThat(records.stream().filter(r -> r.serviceType().equals("DATA")).map(CdrRecord::sessionId))
        .doesNotContain("");
  }

  @Test
  void readsTheRecordsOfTheRecordingDayUnmovedWithTheServiceTypesFields() {
    Map<String, UsageEvent> events = CdrFile.events(clockOn("2026-03-10T09:00:00Z")).stream()
        .collect(Collectors.toMap(UsageEvent::id, Function.identity(), (first, replay) -> first));

    UsageEvent first = events.get("cdr-000001");
    assertThat(first.serviceType()).isEqualTo("DATA");
    assertThat(first.sessionId()).startsWith("ses-");
    assertThat(first.fields()).containsOnlyKeys("startTime", "endTime", "zone", "apn");
    assertThat(events.values()).filteredOn(e -> e.serviceType().equals("SMS"))
        .allSatisfy(e -> assertThat(e.fields()).containsKey("sentAt").doesNotContainKey("startTime"));
    assertThat(events.values()).filteredOn(e -> e.serviceType().equals("VOICE") && e.quantity().signum() > 0)
        .allSatisfy(e -> assertThat(e.fields()).containsKeys("origin", "period")
            .containsEntry("startTime", e.startTime().toString()));
  }

  @Test
  void leavesBlankCellsOutSoThatTheSdkSeesTheMissingFieldAndKeepsNegativeQuantities() {
    List<UsageEvent> events = CdrFile.events(clockOn("2026-03-10T09:00:00Z"));

    assertThat(events).filteredOn(e -> e.serviceType().equals("VOICE") && !e.fields().containsKey("destination"))
        .singleElement().extracting(UsageEvent::serviceIdentifier).isEqualTo(RatedLines.LEA);
    assertThat(events).filteredOn(e -> e.quantity().signum() < 0).extracting(UsageEvent::quantity)
        .containsExactlyInAnyOrder(new BigDecimal("-3.250"), new BigDecimal("-42"));
  }

  @Test
  void replaysTheFileIntoTheCycleThatStartsTodayByWholeDays() {
    Clock later = clockOn("2026-11-27T14:30:00Z");
    UsageEvent recorded = CdrFile.events(clockOn("2026-03-10T00:00:00Z")).get(0);

    UsageEvent replayed = CdrFile.events(later).get(0);

    assertThat(CdrFile.shift(later)).isEqualTo(Duration.ofDays(262));
    assertThat(replayed.startTime()).isEqualTo(recorded.startTime().plus(Duration.ofDays(262)));
    assertThat(replayed.fields().get("startTime")).isEqualTo(replayed.startTime().toString());
    assertThat(Instant.parse(replayed.fields().get("endTime")))
        .isEqualTo(Instant.parse(recorded.fields().get("endTime")).plus(Duration.ofDays(262)));
  }

  private static Clock clockOn(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }
}
