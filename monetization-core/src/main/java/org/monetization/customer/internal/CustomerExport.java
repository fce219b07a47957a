package org.monetization.customer.internal;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerId;
import org.monetization.customer.ExportFormat;
import org.monetization.error.MonetizationException;
import org.monetization.internal.Csv;
import org.monetization.spi.CustomerRepository;

/**
 * Streams the customer list as CSV or tab-separated text (CUS-3): reads the repository in keyset chunks
 * and writes each row as it goes, so memory stays bounded by one chunk whatever the list's size.
 *
 * <p>CSV lines end with CRLF as RFC 4180 says; the tab-separated variant, meant for a terminal or a
 * clipboard, ends lines with LF. Text cells go through {@link Csv#inert(String)} (OWASP CSV injection).
 */
final class CustomerExport {
  private static final CsvMapper MAPPER = Csv.MAPPER;
  private static final CsvSchema CSV =
      CsvSchema.builder()
          .addColumn("name")
          .addColumn("email")
          .addNumberColumn("subscriptions")
          .addNumberColumn("services")
          .setUseHeader(true)
          .setLineSeparator("\r\n")
          .build();
  private static final CsvSchema TSV = CSV.withColumnSeparator('\t').withLineSeparator("\n");

  private final CustomerRepository customers;
  private final int chunkSize;

  CustomerExport(CustomerRepository customers, int chunkSize) {
    this.customers = customers;
    this.chunkSize = chunkSize;
  }

  long write(CustomerFilter filter, ExportFormat format, OutputStream out) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    long written = write(filter, format, writer);
    try {
      writer.flush();
    } catch (IOException e) {
      throw new MonetizationException("customer export failed", e);
    }
    return written;
  }

  long write(CustomerFilter filter, ExportFormat format, Writer out) {
    CsvSchema schema = format == ExportFormat.CSV ? CSV : TSV;
    long written = 0;
    try (SequenceWriter rows = MAPPER.writer(schema).writeValues(out)) {
      @Nullable CustomerId after = null;
      while (true) {
        List<Customer> chunk = customers.chunk(filter, after, chunkSize);
        for (Customer customer : chunk) {
          rows.write(row(customer));
          written++;
        }
        if (chunk.size() < chunkSize) {
          break;
        }
        after = chunk.get(chunk.size() - 1).id();
      }
      rows.flush();
    } catch (IOException | UncheckedIOException e) {
      throw new MonetizationException("customer export failed", e);
    }
    return written;
  }

  private static List<Object> row(Customer customer) {
    String email = customer.account().email();
    return Arrays.asList(
        Csv.inert(customer.fullName()),
        email == null ? "" : Csv.inert(email),
        customer.subscriptionCount(),
        customer.serviceCount());
  }
}
