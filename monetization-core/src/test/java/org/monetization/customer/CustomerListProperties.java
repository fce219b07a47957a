package org.monetization.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;
import org.monetization.Monetization;
import org.monetization.config.CustomerType;
import org.monetization.paging.Page;
import org.monetization.paging.PageRequest;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.CustomerTestBed;
import org.monetization.onboarding.OnboardingRequest;

/**
 * CUS-1, CUS-2, CUS-3 against an oracle: for random customers onboarded through the API and random filters,
 * walking every page (and exporting) yields exactly the customers a brute-force filter of the onboarded
 * data selects, in id order. The oracle is written from the specification, not from {@link CustomerFilter}.
 */
class CustomerListProperties {
  private static final List<String> TYPES = List.of("RESIDENTIAL", "BUSINESS", "WHOLESALE");
  private static final List<String> COUNTRIES = List.of("FR", "BE", "DE", "ES");
  private static final String LETTERS = "abcdeilmnorstuzéöABCDELMRSÉÖ";

  /** What one random customer is onboarded with, and the status it is brought to afterwards. */
  record Person(
      String firstName,
      String lastName,
      String email,
      String street,
      String city,
      String state,
      String country,
      @Nullable String postalCode,
      String customerType,
      PaymentMethod paymentMethod,
      CustomerStatus status) {}

  /** The eight criteria, each possibly unset, blank, or padded with spaces. */
  record Criteria(
      @Nullable String fullName,
      @Nullable String email,
      @Nullable String address,
      @Nullable String city,
      @Nullable String country,
      @Nullable CustomerStatus status,
      @Nullable String customerType,
      @Nullable PaymentMethod paymentMethod) {

    CustomerFilter toFilter() {
      return CustomerFilter.builder()
          .fullName(fullName)
          .email(email)
          .address(address)
          .city(city)
          .country(country)
          .status(status)
          .customerType(customerType)
          .paymentMethod(paymentMethod)
          .build();
    }
  }

  record Scenario(List<Person> people, Criteria criteria, int pageSize) {}

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void pagesAndExportListExactlyTheMatchingCustomersInIdOrder(@ForAll("scenarios") Scenario scenario) {
    CustomerTestBed bed = CustomerTestBed.create();
    bed.monetization().configuration().defineCustomerType(CustomerType.of("WHOLESALE", "Wholesale"));
    List<CustomerSummary> expected = new ArrayList<>();
    for (Person person : scenario.people()) {
      CustomerId id = onboard(bed.monetization(), person);
      if (matches(scenario.criteria(), person)) {
        expected.add(
            new CustomerSummary(
                id, person.firstName() + " " + person.lastName(), person.email(), person.status(),
                person.customerType(), 0, 0));
      }
    }
    CustomerFilter filter = scenario.criteria().toFilter();
    int size = scenario.pageSize();
    Statistics.label("matches")
        .collect(
            expected.isEmpty()
                ? (scenario.people().isEmpty() ? "no customer" : "none of some")
                : expected.size() == scenario.people().size() ? "all" : "some but not all");
    Statistics.label("pages").collect(Math.min(3, (expected.size() + size - 1) / size));
    // Guards against a generator drift that would leave the property checking empty lists only.
    Statistics.label("matches")
        .coverage(coverage -> coverage.check("some but not all").percentage(p -> p >= 20));
    Statistics.label("pages").coverage(coverage -> coverage.check(3).percentage(p -> p >= 5));

    List<CustomerSummary> walked = new ArrayList<>();
    int pageCount = (expected.size() + size - 1) / size;
    for (int number = 0; number <= pageCount; number++) {
      Page<CustomerSummary> page = bed.customers().list(filter, PageRequest.of(number, size));
      assertThat(page.totalCount()).as("total on page %s", number).isEqualTo(expected.size());
      assertThat(page.items()).as("page %s", number).hasSizeLessThanOrEqualTo(size);
      assertThat(page.items().size())
          .as("size of page %s", number)
          .isEqualTo(Math.max(0, Math.min(size, expected.size() - number * size)));
      assertThat(page.hasNext()).as("hasNext of page %s", number).isEqualTo(number < pageCount - 1);
      walked.addAll(page.items());
    }
    assertThat(walked).containsExactlyElementsOf(expected);

    StringWriter csv = new StringWriter();
    long exported = bed.customers().export(filter, ExportFormat.CSV, csv);
    assertThat(exported).isEqualTo(expected.size());
    assertThat(exportedNames(csv.toString()))
        .containsExactlyElementsOf(expected.stream().map(CustomerSummary::fullName).toList());
  }

  // --- the oracle ---

  private static boolean matches(Criteria criteria, Person person) {
    return containsIgnoringCase(person.firstName() + " " + person.lastName(), criteria.fullName())
        && containsIgnoringCase(person.email(), criteria.email())
        && containsIgnoringCase(oneLineAddress(person), criteria.address())
        && containsIgnoringCase(person.city(), criteria.city())
        && (set(criteria.country()) == null || person.country().equalsIgnoreCase(set(criteria.country())))
        && (criteria.status() == null || criteria.status() == person.status())
        && (set(criteria.customerType()) == null || person.customerType().equals(set(criteria.customerType())))
        && (criteria.paymentMethod() == null || criteria.paymentMethod() == person.paymentMethod());
  }

  /** A text criterion: blank means unset; otherwise the stripped text, found anywhere, ignoring case. */
  private static boolean containsIgnoringCase(String value, @Nullable String criterion) {
    String text = set(criterion);
    return text == null || value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
  }

  private static @Nullable String set(@Nullable String criterion) {
    return criterion == null || criterion.isBlank() ? null : criterion.strip();
  }

  /** The account address on one line: street, postal code, city, state, country, comma separated. */
  private static String oneLineAddress(Person person) {
    return String.join(
        ", ",
        Stream.of(person.street(), person.postalCode(), person.city(), person.state(), person.country())
            .filter(part -> part != null && !part.isBlank())
            .toList());
  }

  // --- driving the API ---

  private static CustomerId onboard(Monetization monetization, Person person) {
    Customers customers = monetization.customers();
    PaymentInfo payment =
        switch (person.paymentMethod()) {
          case INVOICE -> PaymentInfo.invoice();
          case CREDIT_CARD -> PaymentInfo.creditCard(person.firstName(), "tok_" + person.lastName());
          case DIRECT_DEBIT -> CustomerFixtures.directDebit();
        };
    Customer customer =
        monetization.onboarding().submit(
            OnboardingRequest.builder()
                .account(
                    AccountInfo.builder()
                        .firstName(person.firstName())
                        .lastName(person.lastName())
                        .email(person.email())
                        .phone("+33 6 12 34 56 78")
                        .customerType(person.customerType())
                        .address(
                            new Address(
                                person.street(), person.city(), person.state(), person.country(),
                                person.postalCode()))
                        .build())
                .payment(payment)
                .build())
            .customer();
    switch (person.status()) {
      case INACTIVE -> customers.changeStatus(customer.id(), CustomerStatus.INACTIVE);
      case CLOSED -> customers.close(customer.id());
      case ACTIVE -> { }
    }
    return customer.id();
  }

  private static List<String> exportedNames(String csv) {
    try (MappingIterator<List<String>> rows =
        new CsvMapper()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .readerFor(List.class)
            .with(CsvSchema.emptySchema().withSkipFirstDataRow(true))
            .readValues(csv)) {
      return rows.readAll().stream().map(row -> row.get(0)).toList();
    } catch (IOException e) {
      throw new AssertionError("export not parseable: " + csv, e);
    }
  }

  // --- generators ---

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Integer> pageSizes =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.integers().between(1, 7)), Tuple.of(1, Arbitraries.integers().between(8, 80)));
    return people()
        .list()
        .ofMaxSize(60)
        .withSizeDistribution(RandomDistribution.uniform())
        .flatMap(people -> Combinators.combine(criteria(people), pageSizes)
            .as((criteria, size) -> new Scenario(people, criteria, size)));
  }

  private static Arbitrary<Person> people() {
    Arbitrary<String> words = Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> phrases =
        Combinators.combine(words, words.injectNull(0.5))
            .as((first, second) -> second == null ? first : first + " " + second);
    Arbitrary<String> emails =
        Combinators.combine(
                Arbitraries.strings().withChars("abcxyz019._-").ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("example.com", "mail.fr", "post.de"))
            .as((local, domain) -> local + "@" + domain);
    Arbitrary<String> streets =
        Combinators.combine(Arbitraries.integers().between(1, 120), phrases).as((n, name) -> n + " " + name);
    Arbitrary<String> postalCodes = Arbitraries.strings().numeric().ofLength(5).injectNull(0.3);
    Arbitrary<CustomerStatus> statuses =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(CustomerStatus.ACTIVE)),
            Tuple.of(1, Arbitraries.just(CustomerStatus.INACTIVE)),
            Tuple.of(1, Arbitraries.just(CustomerStatus.CLOSED)));
    Arbitrary<Address> homes =
        Combinators.combine(streets, phrases, words, Arbitraries.of(COUNTRIES), postalCodes).as(Address::new);
    return Combinators.combine(words, words, emails, homes, Arbitraries.of(TYPES), Arbitraries.of(PaymentMethod.class),
            statuses)
        .as(
            (first, last, email, home, type, method, status) ->
                new Person(
                    first, last, email, home.street(), home.city(), home.state(), home.country(), home.postalCode(),
                    type, method, status));
  }

  private static Arbitrary<Criteria> criteria(List<Person> people) {
    Arbitrary<String> fullName = text(people.stream().map(p -> p.firstName() + " " + p.lastName()).toList());
    Arbitrary<String> email = text(people.stream().map(Person::email).toList());
    Arbitrary<String> address = text(people.stream().map(CustomerListProperties::oneLineAddress).toList());
    Arbitrary<String> city = text(people.stream().map(Person::city).toList());
    Arbitrary<String> country =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.<String>just(null)),
            Tuple.of(3, Arbitraries.of(COUNTRIES).flatMap(CustomerListProperties::randomCase)),
            Tuple.of(1, Arbitraries.of("XX", "F", "FRA", " be ")),
            Tuple.of(1, Arbitraries.of("", "  ")));
    Arbitrary<String> type =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.<String>just(null)),
            Tuple.of(3, Arbitraries.of(TYPES)),
            Tuple.of(1, Arbitraries.of("business", "UNKNOWN", "BUSI", " BUSINESS ")));
    return Combinators.combine(
            fullName,
            email,
            address,
            city,
            country,
            Arbitraries.of(CustomerStatus.class).injectNull(0.75),
            type,
            Arbitraries.of(PaymentMethod.class).injectNull(0.75))
        .as(Criteria::new);
  }

  /** Unset mostly; otherwise a substring of an existing value in random case, a random text, or blank. */
  private static Arbitrary<String> text(List<String> existing) {
    Arbitrary<String> random = Arbitraries.strings().withChars(LETTERS + " @.,0123").ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> substring =
        existing.isEmpty()
            ? random
            : Arbitraries.of(existing)
                .flatMap(value -> Arbitraries.integers().between(0, value.length())
                    .flatMap(start -> Arbitraries.integers().between(start, value.length())
                        .map(end -> value.substring(start, end))))
                .flatMap(CustomerListProperties::randomCase)
                .flatMap(value -> Arbitraries.of(value, " " + value + " "));
    return Arbitraries.frequencyOf(
        Tuple.of(14, Arbitraries.<String>just(null)),
        Tuple.of(4, substring),
        Tuple.of(1, random),
        Tuple.of(1, Arbitraries.of("", " ", "\t")));
  }

  private static Arbitrary<String> randomCase(String value) {
    return Arbitraries.of(
        value, value.toUpperCase(Locale.ROOT), value.toLowerCase(Locale.ROOT));
  }
}
