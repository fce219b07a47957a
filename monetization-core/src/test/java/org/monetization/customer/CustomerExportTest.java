package org.monetization.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.monetization.error.MonetizationException;
import org.monetization.inmemory.InMemoryStore;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.CustomerTestBed;
import org.monetization.testing.ForwardingCustomerRepository;
import org.monetization.testing.ForwardingStore;
import org.monetization.onboarding.OnboardingRequest;

/** CUS-3: the customer list exported as CSV and as a tab-separated table. */
class CustomerExportTest {
  private static final String HEADER_CSV = "name,email,subscriptions,services\r\n";
  private static final String HEADER_TSV = "name\temail\tsubscriptions\tservices\n";

  private final CustomerTestBed bed = CustomerTestBed.create();
  private final Customers customers = bed.customers();

  @Test
  void csvHasTheHeaderThenOneRowPerCustomerInIdOrder() {
    bed.onboard("Alice", "Martin");
    bed.onboard("Bob", "Dupont");

    StringWriter out = new StringWriter();
    long written = customers.export(CustomerFilter.none(), ExportFormat.CSV, out);

    assertThat(written).isEqualTo(2);
    assertThat(out.toString())
        .isEqualTo(HEADER_CSV + "Alice Martin,alice.martin@example.com,0,0\r\nBob Dupont,bob.dupont@example.com,0,0\r\n");
  }

  @Test
  void csvQuotesFieldsWithCommasAndDoublesTheirQuotes() {
    onboard("Jean, \"Le Grand\"", "Dupont", "jean@example.com");
    onboard("Zoé", "O'Hara", "zoe+news@example.com");

    String csv = export(CustomerFilter.none(), ExportFormat.CSV);

    assertThat(csv)
        .isEqualTo(
            HEADER_CSV
                + "\"Jean, \"\"Le Grand\"\" Dupont\",jean@example.com,0,0\r\n"
                + "Zoé O'Hara,zoe+news@example.com,0,0\r\n");
    assertThat(parse(csv, ','))
        .containsExactly(
            List.of("name", "email", "subscriptions", "services"),
            List.of("Jean, \"Le Grand\" Dupont", "jean@example.com", "0", "0"),
            List.of("Zoé O'Hara", "zoe+news@example.com", "0", "0"));
  }

  @Test
  void theTabSeparatedTableHasTheSameColumns() {
    bed.onboard("Alice", "Martin");
    onboard("Jean, \"Le Grand\"", "Dupont", "jean@example.com");

    String table = export(CustomerFilter.none(), ExportFormat.TAB_SEPARATED);

    assertThat(table)
        .isEqualTo(
            HEADER_TSV
                + "Alice Martin\talice.martin@example.com\t0\t0\n"
                + "\"Jean, \"\"Le Grand\"\" Dupont\"\tjean@example.com\t0\t0\n");
    assertThat(parse(table, '\t'))
        .containsExactly(
            List.of("name", "email", "subscriptions", "services"),
            List.of("Alice Martin", "alice.martin@example.com", "0", "0"),
            List.of("Jean, \"Le Grand\" Dupont", "jean@example.com", "0", "0"));
  }

  @Test
  void anEmptyExportStillHasItsHeader() {
    assertThat(export(CustomerFilter.none(), ExportFormat.CSV)).isEqualTo(HEADER_CSV);
    assertThat(export(CustomerFilter.none(), ExportFormat.TAB_SEPARATED)).isEqualTo(HEADER_TSV);
  }

  @Test
  void theExportHonoursTheFilter() {
    bed.onboard("Alice", "Martin");
    Customer bob = bed.onboard("Bob", "Dupont");
    bed.onboard("Chloé", "Martin");
    customers.changeStatus(bob.id(), CustomerStatus.INACTIVE);

    StringWriter out = new StringWriter();
    long written = customers.export(CustomerFilter.builder().fullName("martin").build(), ExportFormat.CSV, out);

    assertThat(written).isEqualTo(2);
    assertThat(out.toString())
        .isEqualTo(
            HEADER_CSV + "Alice Martin,alice.martin@example.com,0,0\r\nChloé Martin,chloé.martin@example.com,0,0\r\n");
    assertThat(export(CustomerFilter.builder().status(CustomerStatus.INACTIVE).build(), ExportFormat.CSV))
        .isEqualTo(HEADER_CSV + "Bob Dupont,bob.dupont@example.com,0,0\r\n");
  }

  @Test
  void theOutputStreamVariantWritesUtf8AndLeavesTheStreamOpen() {
    onboard("Amélie", "Żółć", "amelie@example.com");
    TrackingOutputStream out = new TrackingOutputStream();

    long written = customers.export(CustomerFilter.none(), ExportFormat.CSV, out);

    assertThat(written).isEqualTo(1);
    assertThat(out.toByteArray())
        .isEqualTo((HEADER_CSV + "Amélie Żółć,amelie@example.com,0,0\r\n").getBytes(StandardCharsets.UTF_8));
    assertThat(out.closed).isFalse();
  }

  @Test
  void theWriterIsFlushedButNotClosed() throws IOException {
    bed.onboard("Alice", "Martin");
    TrackingWriter out = new TrackingWriter();

    customers.export(CustomerFilter.none(), ExportFormat.CSV, out);

    assertThat(out.flushed()).isEqualTo(HEADER_CSV + "Alice Martin,alice.martin@example.com,0,0\r\n");
    assertThat(out.closed).isFalse();
    out.write("the caller may go on writing");
    out.flush();
    assertThat(out.flushed()).endsWith("0,0\r\nthe caller may go on writing");
  }

  @Test
  void aFailingWriterIsReportedAsAMonetizationException() {
    bed.onboard("Alice", "Martin");
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> customers.export(CustomerFilter.none(), ExportFormat.CSV, broken))
        .isInstanceOf(MonetizationException.class)
        .hasRootCauseInstanceOf(IOException.class);
  }

  @Test
  void aLargeListIsStreamedInChunksCompletelyAndInOrder() {
    List<ChunkCall> calls = new ArrayList<>();
    InMemoryStore memory = InMemoryStore.create();
    ForwardingStore store =
        new ForwardingStore(
            memory,
            new ForwardingCustomerRepository(memory.customers()) {
              @Override
              public List<Customer> chunk(CustomerFilter filter, @Nullable CustomerId after, int limit) {
                List<Customer> chunk = super.chunk(filter, after, limit);
                calls.add(new ChunkCall(after, limit, chunk.size()));
                return chunk;
              }
            });
    CustomerTestBed big = CustomerTestBed.create(builder -> builder.store(store));
    List<String> expectedNames = new ArrayList<>();
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 1; i <= 2_500; i++) {
      String last = String.format("Number%04d", i);
      ids.add(big.onboard("Customer", last).id());
      expectedNames.add("Customer " + last);
    }
    StringWriter out = new StringWriter();

    long written = big.customers().export(CustomerFilter.none(), ExportFormat.CSV, out);

    assertThat(written).isEqualTo(2_500);
    List<List<String>> rows = parse(out.toString(), ',');
    assertThat(rows.get(0)).containsExactly("name", "email", "subscriptions", "services");
    assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList())
        .containsExactlyElementsOf(expectedNames);
    assertThat(calls).hasSizeGreaterThanOrEqualTo(5);
    assertThat(calls).allSatisfy(call -> assertThat(call.limit()).isEqualTo(500));
    assertThat(calls.get(0).after()).isNull();
    assertThat(calls.subList(1, calls.size()))
        .extracting(ChunkCall::after)
        .startsWith(ids.get(499), ids.get(999), ids.get(1499), ids.get(1999));
    assertThat(calls.stream().mapToInt(ChunkCall::returned).sum()).isEqualTo(2_500);
  }

  private record ChunkCall(@Nullable CustomerId after, int limit, int returned) {}

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsMadeInert() {
    onboard("=HYPERLINK(\"http://x\")", "Evil", "evil@example.com");
    onboard("Anne-Marie", "-Dupont", "+anne@example.com");

    String csv = export(CustomerFilter.none(), ExportFormat.CSV);

    assertThat(csv.split("\r\n"))
        .containsExactly(
            "name,email,subscriptions,services",
            "\"'=HYPERLINK(\"\"http://x\"\") Evil\",evil@example.com,0,0",
            "Anne-Marie -Dupont,'+anne@example.com,0,0");
  }

  private String export(CustomerFilter filter, ExportFormat format) {
    StringWriter out = new StringWriter();
    customers.export(filter, format, out);
    return out.toString();
  }

  private Customer onboard(String first, String last, String email) {
    return submit(
        OnboardingRequest.builder()
            .account(CustomerFixtures.account("Any", "One").firstName(first).lastName(last).email(email).build())
            .payment(PaymentInfo.invoice())
            .build());
  }

  private static List<List<String>> parse(String text, char separator) {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> rows =
        mapper
            .readerFor(List.class)
            .with(CsvSchema.emptySchema().withColumnSeparator(separator))
            .readValues(text)) {
      return rows.readAll();
    } catch (IOException e) {
      throw new AssertionError("not parseable: " + text, e);
    }
  }

  /** Keeps written text pending until flushed; records whether it was closed. */
  private static final class TrackingWriter extends Writer {
    private final StringBuilder pending = new StringBuilder();
    private final StringBuilder flushed = new StringBuilder();
    private boolean closed;

    @Override
    public void write(char[] buffer, int offset, int length) {
      pending.append(buffer, offset, length);
    }

    @Override
    public void flush() {
      flushed.append(pending);
      pending.setLength(0);
    }

    @Override
    public void close() {
      closed = true;
    }

    String flushed() {
      return flushed.toString();
    }
  }

  private static final class TrackingOutputStream extends ByteArrayOutputStream {
    private boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  private Customer submit(OnboardingRequest request) {
    return bed.onboarding().submit(request).customer();
  }
}
