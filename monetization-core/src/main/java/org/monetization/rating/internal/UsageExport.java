package org.monetization.rating.internal;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.monetization.error.MonetizationException;
import org.monetization.internal.Csv;
import org.monetization.rating.RatedEvent;
import org.monetization.rating.UsageQuery;
import org.monetization.spi.UsageEventRepository;

/**
 * Streams a service's rated events as CSV (BAL-6): reads the repository a page at a time by keyset and
 * writes each row as it goes, so memory stays bounded by one page. Lines end with CRLF (RFC 4180); text
 * cells are neutralised against spreadsheet formulas.
 */
final class UsageExport {
  private static final CsvSchema SCHEMA = CsvSchema.builder()
      .addColumn("id")
      .addColumn("serviceIdentifier")
      .addColumn("serviceType")
      .addColumn("sessionId")
      .addColumn("startTime")
      .addColumn("createdAt")
      .addNumberColumn("quantity")
      .addNumberColumn("ratedQuantity")
      .addNumberColumn("charge")
      .addNumberColumn("amount")
      .addColumn("currency")
      .addColumn("fields")
      .setUseHeader(true)
      .setLineSeparator("\r\n")
      .build();

  private final UsageEventRepository events;
  private final int pageSize;

  UsageExport(UsageEventRepository events, int pageSize) {
    this.events = events;
    this.pageSize = pageSize;
  }

  long write(UsageQuery query, Writer out) {
    long written = 0;
    try (SequenceWriter rows = Csv.MAPPER.writer(SCHEMA).writeValues(out)) {
      @Nullable RatedEvent after = null;
      while (true) {
        List<RatedEvent> page = events.ofService(
            query.serviceIdentifier(), query.period().from(), query.period().to(), after, pageSize);
        for (RatedEvent event : page) {
          rows.write(row(event));
          written++;
        }
        if (page.size() < pageSize) {
          break;
        }
        after = page.get(page.size() - 1);
      }
      rows.flush();
    } catch (IOException | UncheckedIOException e) {
      throw new MonetizationException("usage export failed", e);
    }
    return written;
  }

  private static List<Object> row(RatedEvent event) {
    return Arrays.asList(
        Csv.inert(event.id()),
        Csv.inert(event.serviceIdentifier()),
        Csv.inert(event.serviceType()),
        event.sessionId() == null ? "" : Csv.inert(event.sessionId()),
        event.startTime().toString(),
        event.createdAt().toString(),
        event.quantity().toPlainString(),
        event.ratedQuantity().toPlainString(),
        event.charge().getNumber().numberValue(java.math.BigDecimal.class).toPlainString(),
        event.amount().getNumber().numberValue(java.math.BigDecimal.class).toPlainString(),
        event.amount().getCurrency().getCurrencyCode(),
        Csv.inert(fields(event.fields())));
  }

  /** The fields as {@code name=value} pairs sorted by name, joined by {@code ;}. */
  private static String fields(Map<String, String> fields) {
    return new TreeMap<>(fields).entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(";"));
  }
}
