package org.monetization.examples.demo.rating;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.monetization.rating.UsageEvent;

/**
 * The call detail record file the chapter rates, shipped as the class-path resource {@value #RESOURCE}:
 * calls, data session parts and text messages of the demo's mobile lines over two weeks, with a few bad
 * lines and replayed records, read with Jackson CSV.
 *
 * <p>The records were taken in the billing cycle that starts on {@link #RECORDED_ON} (the day of the demo
 * tests' {@code --clock}); the subscribers join on the day the demo runs, so the file is replayed into their
 * current cycle: every time moves by the whole number of days between {@link #RECORDED_ON} and today, which
 * keeps the times of day, and so the peak and off-peak calls, as recorded.
 */
final class CdrFile {
  /** The class-path resource holding the records. */
  static final String RESOURCE = "/usage/cdrs.csv";

  /** The first day of the billing cycle the records were taken in. */
  static final LocalDate RECORDED_ON = LocalDate.of(2026, 3, 10);

  /** Columns are named by the header line, so their order in the file does not matter. */
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withHeader();

  private static final CsvMapper MAPPER = CsvMapper.builder().build();

  private CdrFile() {}

  /**
   * Returns how far the file's times move to fall in the cycle that starts today on the clock.
   *
   * @param clock the SDK's clock
   * @return a whole number of days, zero on the recording day
   */
  static Duration shift(Clock clock) {
    return Duration.ofDays(ChronoUnit.DAYS.between(RECORDED_ON, LocalDate.now(clock)));
  }

  /**
   * Reads every record of the file.
   *
   * @return the records, in file order
   * @throws UncheckedIOException if the resource cannot be read
   */
  static List<CdrRecord> records() {
    try (Reader csv = open();
        MappingIterator<CdrRecord> rows = MAPPER.readerFor(CdrRecord.class).with(SCHEMA).readValues(csv)) {
      return rows.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads the file as usage events, replayed into the cycle that starts today.
   *
   * @param clock the SDK's clock
   * @return one event per record, in file order
   */
  static List<UsageEvent> events(Clock clock) {
    Duration shift = shift(clock);
    List<UsageEvent> events = new ArrayList<>();
    for (CdrRecord record : records()) {
      events.add(record.toEvent(shift));
    }
    return events;
  }

  private static Reader open() {
    InputStream in = CdrFile.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing class-path resource " + RESOURCE);
    }
    return new InputStreamReader(in, UTF_8);
  }
}
