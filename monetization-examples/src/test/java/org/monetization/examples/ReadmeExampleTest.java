package org.monetization.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.monetization.Monetization;
import org.monetization.config.CustomerType;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Address;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.CustomerSummary;
import org.monetization.customer.ExportFormat;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.customer.PaymentInfo;
import org.monetization.customer.PaymentMethod;
import org.monetization.inmemory.InMemoryStore;
import org.monetization.paging.Page;
import org.monetization.paging.PageRequest;

/**
 * Keeps the README's embedding example honest: the example below is the README's code block verbatim, it
 * must compile and do what the README says, and the README must show exactly this code.
 */
class ReadmeExampleTest {
  private static final String START = "// README-EXAMPLE-START";
  private static final String END = "// README-EXAMPLE-END";
  /** The HTML comment that precedes the example's code block in the README. */
  private static final String README_ANCHOR = "<!-- embedding-example";
  private static final Path SOURCE =
      Path.of("src/test/java/org/monetization/examples/ReadmeExampleTest.java");

  @Test
  void embeddingExampleOnboardsListsAndExports() {
    // README-EXAMPLE-START
    Monetization monetization = Monetization.builder()
        .clock(Clock.systemUTC())
        .store(InMemoryStore.create())
        .build();
    monetization.configuration().defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));

    Customer alice = monetization.onboarding().submit(OnboardingRequest.builder()
        .account(AccountInfo.builder()
            .firstName("Alice").lastName("Martin").email("alice.martin@example.com")
            .phone("+33 6 12 34 56 78").customerType("RESIDENTIAL")
            .address(Address.of("1 rue de Rivoli", "Paris", "Île-de-France", "FR", "75001"))
            .build())
        .payment(PaymentInfo.directDebit(
            "MANDATE-0001", LocalDate.of(2025, 9, 1), "COBADEFFXXX", "DE89370400440532013000"))
        .build()).customer();

    Page<CustomerSummary> inParis = monetization.customers()
        .list(CustomerFilter.builder().city("Paris").build(), PageRequest.first(20));

    StringWriter csv = new StringWriter();
    monetization.customers().export(CustomerFilter.none(), ExportFormat.CSV, csv);
    // README-EXAMPLE-END

    assertThat(alice.id()).isEqualTo(CustomerId.of(1));
    assertThat(alice.status()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(alice.payment().method()).isEqualTo(PaymentMethod.DIRECT_DEBIT);
    assertThat(alice.payment().toString()).doesNotContain("DE89370400440532013000").contains("****3000");
    assertThat(inParis.totalCount()).isEqualTo(1);
    assertThat(inParis.items())
        .extracting(CustomerSummary::fullName, CustomerSummary::email)
        .containsExactly(tuple("Alice Martin", "alice.martin@example.com"));
    assertThat(csv.toString())
        .isEqualTo("name,email,subscriptions,services\r\nAlice Martin,alice.martin@example.com,0,0\r\n");
  }

  @Test
  void readmeShowsExactlyTheTestedExample() throws IOException {
    Path readme = Path.of("../README.md");

    assertThat(readmeExample(Files.readAllLines(readme, UTF_8)))
        .as("the code block after %s in %s; copy it from %s", README_ANCHOR, readme, SOURCE)
        .containsExactlyElementsOf(markedExample(Files.readAllLines(SOURCE, UTF_8)));
  }

  /** Returns the lines strictly between the two marker comments, without their common indentation. */
  private static List<String> markedExample(List<String> source) {
    List<Integer> starts = indexesOf(source, START);
    List<Integer> ends = indexesOf(source, END);
    assertThat(starts).as("lines that are exactly %s", START).hasSize(1);
    assertThat(ends).as("lines that are exactly %s", END).hasSize(1);
    List<String> region = source.subList(starts.get(0) + 1, ends.get(0));
    int indent =
        region.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    return region.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList();
  }

  /** Returns the lines of the first {@code ```java} block after the anchor comment. */
  private static List<String> readmeExample(List<String> readme) {
    int anchor = 0;
    while (anchor < readme.size() && !readme.get(anchor).strip().startsWith(README_ANCHOR)) {
      anchor++;
    }
    assertThat(anchor).as("a line starting with %s", README_ANCHOR).isLessThan(readme.size());
    int open = anchor + 1;
    while (open < readme.size() && !readme.get(open).strip().equals("```java")) {
      open++;
    }
    List<String> block = new ArrayList<>();
    for (int i = open + 1; i < readme.size() && !readme.get(i).strip().equals("```"); i++) {
      block.add(readme.get(i).stripTrailing());
    }
    return block;
  }

  private static List<Integer> indexesOf(List<String> lines, String marker) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        indexes.add(i);
      }
    }
    return indexes;
  }
}
