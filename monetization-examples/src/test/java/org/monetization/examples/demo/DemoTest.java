package org.monetization.examples.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the demo in-process, as {@code main} does, and checks what it prints and exports. */
class DemoTest {
  @TempDir Path tempDir;

  /** The outcome of one run: exit code and everything printed. */
  private record Run(int exitCode, String out, String err) {}

  /** Runs the demo with the usage export in the temporary directory, so that no run writes to target/demo. */
  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = new String[args.length + 2];
    all[0] = "--usage-csv";
    all[1] = tempDir.resolve("usage.csv").toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int exitCode =
        Demo.run(new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), all);
    return new Run(exitCode, out.toString(UTF_8), err.toString(UTF_8));
  }

  /** The instant the SDK clock stands still at with {@code --clock}, so that runs print the same output. */
  private static final String CLOCK = "2026-03-10T09:00:00Z";

  @Test
  void withoutACommandRunsEveryStepInOrder() {
    Run run = run("--csv", tempDir.resolve("customers.csv").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(stepTitles(run.out()))
        .containsExactly(
            "Define customer types and custom attributes",
            "Onboard customers",
            "Reject an invalid onboarding request",
            "Edit a contact and payment information",
            "Close an account",
            "List customers page by page",
            "Filter the customer list",
            "Export the customer list",
            "Import and publish the mobile catalog",
            "Report the problems of a broken catalog",
            "Preview an onboarding with a subscription (dry run)",
            "Onboard mobile subscribers",
            "Add the EU roaming pack",
            "Redeem a voucher",
            "Change plan mid-cycle, with proration",
            "Cancel a subscription",
            "List customers with their subscriptions and services",
            "Define the resources the tariffs use",
            "Onboard a prepaid subscriber and top up her credit",
            "Grant this cycle's free data",
            "Rate the call detail record file",
            "Show the subscribers' balances",
            "Notify subscribers whose free data or credit ran out",
            "Re-send the same file",
            "List a line's usage events for a period",
            "Export usage events to CSV",
            "Share free data with a family member",
            "Rate a probe's usage feed in columns");
    assertThat(run.out())
        .startsWith("Monetization SDK demo, on the 'memory' store (everything in memory)")
        .contains("11 customers onboarded.")
        .contains("Sent again from sequence 501: 500 duplicates, 500 new reports rated; the stream is at 1500.")
        .contains("A run from sequence 1510 is refused: stream probe-paris-3 is at sequence 1500")
        .contains(
            "Done: 28 steps. Domain events published: BundleAdded=2, Cancelled=1, ContactChanged=1, "
                + "Created=6, Exhausted=3, Joined=1, Left=1, Onboarded=17, PaymentInfoEdited=1, PlanChanged=1, "
                + "Published=1, Rated=2356, ServiceChanged=7, StatusChanged=1, StreamRated=2, Subscribed=6.");
  }

  @Test
  void reportsEveryBadFieldOfTheInvalidRequestAndCreatesNothing() {
    String out = run("--csv", tempDir.resolve("customers.csv").toString()).out();

    assertThat(out)
        .contains("Rejected with 7 field errors:")
        .containsPattern("account\\.firstName +required")
        .containsPattern("account\\.email +not an email address")
        .containsPattern("account\\.customerType +unknown customer type 'PREMIUM'")
        .containsPattern("account\\.customAttributes\\.employees +must be a NUMBER but was a STRING")
        .containsPattern("account\\.customAttributes\\.preferredLanguage +required")
        .containsPattern("payment\\.details\\.signatureDate +must not be in the future")
        .containsPattern("payment\\.details\\.iban +invalid IBAN")
        .contains("Nothing was created: 11 customers before, 11 after.");
  }

  @Test
  void neverPrintsAnIbanOrCardTokenInFull() {
    String out = run("--csv", tempDir.resolve("customers.csv").toString()).out();

    assertThat(out)
        .contains("iban=****0188", "iban=****3000", "iban=****2051", "gatewayToken=****d4e7")
        .doesNotContain("FR76 3000 6000 0112 3456 7890 188", "FR7630006000011234567890188")
        .doesNotContain("DE89370400440532013000", "DE02120300000000202051", "DE02 1203 0000 0000 2020 51")
        .doesNotContain("tok_visa_8f3a21c9d4e7", "tok_mc_2b7e9f0a1c55");
  }

  @Test
  void showsTheEditsTheClosedAccountAndThePages() {
    String out = run("--csv", tempDir.resolve("customers.csv").toString()).out();

    assertThat(out)
        .contains("after:  [accounting] Thomas Bernard <t.bernard@dubois-architectes.example>")
        .containsPattern("after: +DirectDebit\\[mandateId=MND-DE-2026-0004, .*bic=BYLADEM1001")
        .contains("Hugo Lambert (#8) is now CLOSED")
        .contains("Adding a tax id afterwards is refused (ILLEGAL_STATE): customer 8 is closed")
        .contains("page 1 of 3, 4 of 11 customers:", "page 3 of 3, 3 of 11 customers:")
        .containsPattern("#8 +Hugo Lambert +hugo\\.lambert@example\\.com +CLOSED");
  }

  @Test
  void filtersByCityByPaymentMethodAndByCountryWithStatus() {
    String out = run("--csv", tempDir.resolve("customers.csv").toString()).out();

    assertThat(section(out, "Filter: city contains 'lyon'"))
        .contains("2 of 2 customers", "Camille Lefèvre", "Julien Moreau");
    assertThat(section(out, "Filter: payment method DIRECT_DEBIT"))
        .contains("7 of 7 customers", "Maximilian Weber")
        .doesNotContain("Anna Müller");
    assertThat(section(out, "Filter: country BE and status ACTIVE"))
        .contains("2 of 2 customers", "Lotte Peeters", "Emma Janssens")
        .doesNotContain("Hugo Lambert");
  }

  @Test
  void writesEveryCustomerToTheCsvFileAndTheActiveOnesTabSeparatedToTheOutput() throws IOException {
    Path csv = tempDir.resolve("nested/dir/customers.csv");

    String out = run("--csv", csv.toString()).out();

    List<String> lines = Files.readAllLines(csv, UTF_8);
    assertThat(lines).hasSize(12);
    assertThat(lines.get(0)).isEqualTo("name,email,subscriptions,services");
    assertThat(lines).contains("Camille Lefèvre,camille.lefevre@example.com,0,0");
    assertThat(lines).anyMatch(line -> line.contains("Hugo Lambert"));
    assertThat(out)
        .contains("Wrote 11 customers as CSV to " + csv.toAbsolutePath())
        .contains("name\temail\tsubscriptions\tservices")
        .contains("Javier García\tjavier.garcia@example.com\t0\t0")
        .contains("(10 rows)");
    assertThat(out.substring(out.indexOf("tab-separated"), out.indexOf("(10 rows)"))).doesNotContain("Hugo Lambert");
  }

  @Test
  void customersCommandRunsTheCustomerChapterWithOptionsAfterTheCommand() {
    Path csv = tempDir.resolve("c.csv");

    Run run = run("customers", "--store", "memory", "--csv", csv.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("== Step 1/8: Define customer types", "== Step 8/8: Export");
    assertThat(csv).exists();
  }

  @Test
  void rejectsAnUnknownStoreWithAUsageErrorAndRunsNothing() {
    Run run = run("--store", "postgres", "--csv", tempDir.resolve("customers.csv").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown store 'postgres'; supported: memory, jpa-h2");
    assertThat(run.out()).isEmpty();
    assertThat(tempDir.resolve("customers.csv")).doesNotExist();
  }

  @Test
  void helpListsTheCommandsAndTheStores() {
    Run run = run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("run-all", "customers", "subscriptions", "rating", "--store", "memory", "jpa-h2", "--h2-file")
        .contains("--csv", "--usage-csv")
        .contains("--clock");
  }

  // ---------------------------------------------------------------- catalog and subscriptions chapter

  @Test
  void importsTheCatalogAndReportsEveryProblemOfTheBrokenOneByPath() {
    String out = runAllAtTheClock(tempDir.resolve("customers.csv"));

    assertThat(section(out, "Published /catalog/mobile-catalog.json as catalog version 1"))
        .contains("3 service types, 4 bundles, 2 plans");
    assertThat(out)
        .contains("has 5 problems:")
        .containsPattern(
            "bundles\\[ROAMING_WORLD]\\.products\\[WORLD_SETUP]\\.price +ONE_TIME product without a price")
        .containsPattern(
            "plans\\[MOBILE_S]\\.packCodes\\[ROAMING_WORLD]\\.WORLD_FEE +priced in USD but the plan is in EUR")
        .containsPattern("plans\\[MOBILE_XL]\\.bundleCodes +unknown bundle 'MOBILE_XL_BASE'")
        .containsPattern("vouchers\\[GIFT-5GB-2M8K]\\.bundleCode +unknown bundle 'DATA_GIFT_5GB'")
        .contains("Publishing it is refused with 5 field errors; the current catalog is still version 1.");
  }

  @Test
  void previewShowsTheCycleTheDiscountedFeesAndTheLineAndCreatesNothing() {
    String out = runAllAtTheClock(tempDir.resolve("customers.csv"));

    assertThat(out)
        .containsPattern("billing profile +POSTPAID in EUR, MONTHLY on day 10")
        .containsPattern("first cycle +2026-03-10T09:00:00Z to 2026-04-10T00:00:00Z")
        // 19.99 less the 10% loyalty discount (2.00) less the 5.00 welcome coupon
        .containsPattern("MOBILE_S_BASE/MONTHLY_FEE +RECURRING 1 x EUR 19.99, fee EUR 12.99")
        .containsPattern("MOBILE_S_BASE/INSURANCE +RECURRING 1 x EUR 4.99, fee EUR 4.99")
        .containsPattern("Activation fee +EUR 10.00")
        .containsPattern("services +\\+33612345678 ACTIVE \\(DATA, SMS, VOICE\\)")
        .containsPattern("recurring total +EUR 17.98 per cycle")
        .contains("Nothing was created: 11 customers before the preview, 11 after; service +33612345678 is "
            + "still free.");
  }

  @Test
  void onboardsSubscribersWithTheirNumbersOrAGeneratedEpochMillisecondIdentifier() {
    String out = runAllAtTheClock(tempDir.resolve("customers.csv"));

    long epochMillis = Instant.parse(CLOCK).toEpochMilli();
    assertThat(out)
        .containsPattern(
            "Léa Rousseau +customer #12, billing profile #1, balance group #1, subscription #1 on MOBILE_S")
        .containsPattern("line \\+4915112345678 ACTIVE \\(DATA, SMS, VOICE\\)")
        .contains("line " + epochMillis + " ACTIVE (DATA, SMS, VOICE), generated: no mobile number was given")
        .containsPattern(
            "Pablo Ortega +customer #15, billing profile #4, balance group #4, subscription #4 on MOBILE_L");
  }

  @Test
  void addsThePackAndRefusesTheUsedUpVoucher() {
    String out = runAllAtTheClock(tempDir.resolve("customers.csv"));

    assertThat(section(out, "Subscription #1 of line +33612345678 now has 9 active lines"))
        .containsPattern("ROAMING_EU/ROAMING_FEE +RECURRING 1 x EUR 5.00, fee EUR 5.00")
        .contains("ROAMING_EU/ROAMING_DATA");
    assertThat(out)
        .containsPattern("DATA_GIFT/GIFT_DATA +ALLOWANCE 1000 units")
        .contains("Redeeming it again on subscription #2 is refused:")
        .contains("codes[0]: 'GIFT-1GB-7Q4X' is used up")
        .contains("Subscription #2 is unchanged.");
  }

  @Test
  void proratesThePlanChangeByDay() {
    String out = runAllAtTheClock(tempDir.resolve("customers.csv"));

    // A 31-day cycle from 10 March, changed after 14 days: 17.99 - R(17.99 x 14/31) = 17.99 - 8.12 credited,
    // 29.99 - R(29.99 x 14/31) = 29.99 - 13.54 charged.
    assertThat(out)
        .contains("moves from MOBILE_S to MOBILE_L on 2026-03-24T00:00:00Z, day 15 of the cycle that started "
            + "2026-03-10.")
        .contains("Monthly fee before: EUR 17.99; after: EUR 29.99.")
        .containsPattern("MONTHLY_FEE \\(unused until 2026-04-10T00:00:00Z\\) +EUR -9.87")
        .containsPattern("MONTHLY_FEE \\(prorated from 2026-03-24T00:00:00Z\\) +EUR 16.45")
        .containsPattern("net +EUR 6.58")
        .contains("The mobile line keeps its number: +4915112345678 ACTIVE (DATA, SMS, VOICE)");
  }

  @Test
  void cancelsASubscriptionAndTheListCountsSubscriptionsAndServices() {
    String out = runAllAtTheClock(tempDir.resolve("customers.csv"));

    assertThat(out)
        .contains("Subscription #4 of Pablo Ortega is CANCELLED since 2026-03-10T09:00:00Z; 0 of 5 product lines")
        .contains("Line +34612345678 CANCELLED (DATA, SMS, VOICE)")
        .contains("Pablo Ortega: 1 subscription and 1 service before, 0 and 0 after.");
    assertThat(section(out, "15 customers; subscriptions and services per customer:"))
        .containsPattern("#1 +Camille Lefèvre +ACTIVE +0 subscriptions, 0 services")
        .containsPattern("#8 +Hugo Lambert +CLOSED +0 subscriptions, 0 services")
        .containsPattern("#12 +Léa Rousseau +ACTIVE +1 subscriptions, 1 services")
        .containsPattern("#13 +Tobias Wagner +ACTIVE +1 subscriptions, 1 services")
        .containsPattern("#14 +Sanne de Vries +ACTIVE +1 subscriptions, 1 services")
        .containsPattern("#15 +Pablo Ortega +ACTIVE +0 subscriptions, 0 services");
  }

  @Test
  void subscriptionsCommandRunsTheChapterAfterTheConfigurationAlone() {
    Run run = run("subscriptions", "--clock", CLOCK);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(stepTitles(run.out()))
        .hasSize(10)
        .startsWith("Define customer types and custom attributes", "Import and publish the mobile catalog");
    assertThat(run.out())
        .containsPattern("Léa Rousseau +customer #1, billing profile #1")
        .contains("4 customers; subscriptions and services per customer:")
        .containsPattern("net +EUR 6.58");
  }

  // ---------------------------------------------------------------- rating chapter

  /**
   * The expected counts and balances were recomputed apart from the SDK, from the records of
   * usage/cdrs.csv and the catalog's tariffs: 2365 records, 5 of them replays of earlier ids, 8 bad ones
   * (2 unknown lines, 2 late records of the cancelled line, 2 missing a destination, 2 negative quantities).
   */
  @ParameterizedTest
  @ValueSource(strings = {"memory", "jpa-h2"})
  void ratingCommandRatesTheFileWithItsRejectionsAndDuplicatesOnEveryStore(String store) {
    Run run = run("rating", "--store", store, "--clock", CLOCK);

    assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(stepTitles(run.out()))
        .hasSize(21)
        .startsWith("Define customer types and custom attributes", "Import and publish the mobile catalog")
        .endsWith("List a line's usage events for a period", "Export usage events to CSV",
            "Share free data with a family member",
            "Rate a probe's usage feed in columns");
    assertThat(section(run.out(), "Read 2365 records from /usage/cdrs.csv"))
        .contains("{DATA=1940, SMS=238, VOICE=187}")
        .contains("2365 records in 5 batches of up to 500: 2352 rated, 5 duplicates, 8 rejected.")
        .containsPattern("NotFoundException: no service has identifier '\\+33600000000'")
        .containsPattern("NotFoundException: no service has identifier '\\+4915199999999'")
        .containsPattern("ConflictException: service \\+34612345678 is not in force at 2026-03-24T09:30:00Z "
            + "\\(CANCELLED\\)")
        .contains("ValidationException: fields.destination: required")
        .contains("ValidationException: quantity: must not be negative");
  }

  @Test
  void ratingShowsTheExactBalancesOfPostpaidAndPrepaidLines() {
    String out = run("rating", "--clock", CLOCK).out();

    assertThat(section(out, "Léa Rousseau (+33612345678), balance group #1:"))
        .containsPattern("free data left +0 DATA_MB")
        .containsPattern("charges accumulated +49\\.6700 EUR");
    assertThat(section(out, "Tobias Wagner (+4915112345678), balance group #2:"))
        .containsPattern("free data left +1860 DATA_MB")
        .containsPattern("charges accumulated +52\\.8600 EUR")
        .containsPattern("balance #4 +DATA_MB +-1860 +valid from 2026-03-10T09:00:00Z to 2026-04-10T00:00:00Z");
    assertThat(section(out, "Inès Haddad (+33698765432), balance group #5:"))
        .containsPattern("free data left +0 DATA_MB")
        .containsPattern("prepaid credit left +5\\.1000 EUR")
        .containsPattern("balance #1 +EUR +-5\\.1000 +valid from 2026-03-10T09:00:00Z with no end");
    assertThat(section(out, "3 balances ran out while rating:"))
        .contains("to Léa Rousseau (+33612345678): your free data (balance #2) is used up")
        .contains("to Léa Rousseau (+33612345678): your free data (balance #3) is used up")
        .contains("to Inès Haddad (+33698765432): your free data (balance #5) is used up");
  }

  @Test
  void resendingTheFileRatesNothingNewAndListsAndExportsTheUsage() throws IOException {
    String out = run("rating", "--clock", CLOCK).out();

    assertThat(section(out, "== Step 17/21: Re-send the same file =="))
        .contains("2365 records in 5 batches of up to 500: 0 rated, 2357 duplicates, 8 rejected.")
        .contains("Money rated: EUR 0.00.")
        .contains("Nothing new was rated; the balances of [+33612345678, +4915112345678, +33698765432] are "
            + "unchanged; the 8 bad records are refused again.");
    assertThat(section(out, "Events of Léa Rousseau (+33612345678) from 2026-03-26T08:00:00Z"))
        .contains("page 1:", "page 2:")
        .containsPattern("cdr-000434 +VOICE 2026-03-26T08:00:29Z +7 -> 60 +EUR 0.15 +\\(EUR \\+0.1500\\)");
    Path usage = tempDir.resolve("usage.csv");
    assertThat(out).contains("Wrote 898 usage events of Léa Rousseau (+33612345678) from 2026-03-10T00:00:00Z "
        + "to 2026-04-10T00:00:00Z as CSV to " + usage.toAbsolutePath());
    List<String> lines = Files.readAllLines(usage, UTF_8);
    assertThat(lines).hasSize(899);
    assertThat(lines.get(0)).startsWith("id,serviceIdentifier,serviceType,sessionId,startTime");
    // The export neutralises a leading + against spreadsheet formulas.
    assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).startsWith("cdr-")
        .contains(",'+33612345678,"));
  }

  /**
   * The probe's 1,000 reports of 0.5 to 2.4 MB round to 1 to 3 MB each: 1,900 MB, all charged at 0.01 EUR
   * since Léa's free data ran out with the file; the overlapping run rates its 500 new reports once.
   */
  @Test
  void ratingAProbesFeedInColumnsSkipsTheDuplicatesAndRefusesAGap() {
    String out = run("rating", "--clock", CLOCK).out();

    assertThat(section(out, "== Step 21/21: Rate a probe's usage feed in columns =="))
        .contains("1000 reports of +33612345678 from probe-paris-3: 1000 rated, 1900 MB, EUR 19.00 charged; "
            + "the stream is at sequence 1000.")
        .contains("Sent again from sequence 501: 500 duplicates, 500 new reports rated; the stream is at 1500.")
        .contains("A run from sequence 1510 is refused: stream probe-paris-3 is at sequence 1500: a run must "
            + "start at or before 1501, not 1510")
        .contains("Balances of +33612345678: DATA_MB 0, EUR 78.1700");
  }

  /**
   * Tobias Wagner has 1860 MB of free data left after the file; his daughter's three sessions (400, 500 and
   * 300 MB) draw 1000 MB of it, her cap, and her remaining 200 MB and, once she left, 50 MB are charged to
   * her at Mobile S's 0.01 EUR a MB.
   */
  @Test
  void ratingSharesTheOwnersFreeDataWithAMemberUpToItsCap() {
    String out = run("rating", "--clock", CLOCK).out();

    assertThat(section(out, "== Step 20/21: Share free data with a family member =="))
        .contains("His free data before: 1860 DATA_MB.")
        .contains("searches the owners named 'wagner': group #1 'Wagner family' of Tobias Wagner")
        .containsPattern("share-1 +400 MB +EUR 0.00 +Tobias's balance #4 DATA_MB \\+400")
        .containsPattern("share-3 +300 MB +EUR 2.00 +Tobias's balance #4 DATA_MB \\+100, her balance #\\d+ EUR \\+2.0000")
        .contains("this cycle: 1000 of 1000 DATA_MB.")
        .contains("His free data after: 860 DATA_MB.")
        .contains("her next 50 MB cost her EUR 0.50, and her own charges total EUR 2.5000.");
  }

  // ---------------------------------------------------------------- the jpa-h2 store

  @Test
  void runsEveryChapterOnTheJpaStoreOverH2WithTheSameOutputAndCsvAsInMemory() throws IOException {
    Path memoryCsv = tempDir.resolve("memory.csv");
    Path jpaCsv = tempDir.resolve("jpa.csv");
    Run memory = run("--clock", CLOCK, "--csv", memoryCsv.toString());

    Run jpa = run("--store", "jpa-h2", "--clock", CLOCK, "--csv", jpaCsv.toString());

    assertThat(jpa.exitCode()).isZero();
    assertThat(jpa.err()).isEmpty();
    assertThat(firstLine(jpa.out()))
        .isEqualTo("Monetization SDK demo, on the 'jpa-h2' store (JPA over the H2 database "
            + "jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1)");
    assertThat(withoutFirstLine(jpa.out().replace(jpaCsv.toAbsolutePath().toString(), "<csv>")))
        .isEqualTo(withoutFirstLine(memory.out().replace(memoryCsv.toAbsolutePath().toString(), "<csv>")));
    assertThat(Files.readAllLines(jpaCsv, UTF_8))
        .hasSize(12)
        .contains("Camille Lefèvre,camille.lefevre@example.com,0,0")
        .isEqualTo(Files.readAllLines(memoryCsv, UTF_8));
  }

  @Test
  void keepsTheH2DatabaseInTheFileGivenForInspectionAndRefusesToReuseIt() throws SQLException {
    Path database = tempDir.resolve("h2/demo");
    Path csv = tempDir.resolve("customers.csv");

    Run run = run("subscriptions", "--store", "jpa-h2", "--h2-file", database.toString(), "--csv", csv.toString());

    assertThat(run.exitCode()).isZero();
    Path file = tempDir.resolve("h2/demo.mv.db").toAbsolutePath();
    assertThat(firstLine(run.out())).endsWith("kept in " + file + ")");
    assertThat(file).exists();
    String url = "jdbc:h2:file:" + database.toAbsolutePath();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement();
        ResultSet counts = statement.executeQuery(
            "select (select count(*) from mon_customer), (select count(*) from mon_subscription)")) {
      assertThat(counts.next()).isTrue();
      assertThat(counts.getLong(1)).isEqualTo(4);
      assertThat(counts.getLong(2)).isEqualTo(4);
    }

    Run again = run("subscriptions", "--store", "jpa-h2", "--h2-file", file.toString());

    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("the H2 database file " + file + " already exists");
    assertThat(again.out()).isEmpty();
  }

  @Test
  void refusesAnH2FileWithoutTheJpaH2Store() {
    Run run = run("--h2-file", tempDir.resolve("demo").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--h2-file needs --store jpa-h2");
    assertThat(run.out()).isEmpty();
    assertThat(tempDir.resolve("demo.mv.db")).doesNotExist();
  }

  private String runAllAtTheClock(Path csv) {
    Run run = run("--clock", CLOCK, "--csv", csv.toString());
    assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isZero();
    return run.out();
  }

  private static String firstLine(String out) {
    return out.lines().findFirst().orElse("");
  }

  private static String withoutFirstLine(String out) {
    return out.substring(out.indexOf('\n') + 1);
  }

  /** Returns the titles of the "== Step i/n: title ==" headings, in order. */
  private static List<String> stepTitles(String out) {
    Matcher heading = Pattern.compile("== Step \\d+/\\d+: (.+) ==").matcher(out);
    return heading.results().map(match -> match.group(1)).toList();
  }

  /** Returns the output from the line starting with the heading to the next blank line. */
  private static String section(String out, String heading) {
    int start = out.indexOf(heading);
    assertThat(start).as("section %s", heading).isNotNegative();
    int end = out.indexOf(System.lineSeparator() + System.lineSeparator(), start);
    return out.substring(start, end < 0 ? out.length() : end);
  }
}
