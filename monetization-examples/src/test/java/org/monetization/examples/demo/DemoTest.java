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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the demo in-process, as {@code main} does, and checks what it prints and exports. */
class DemoTest {
  @TempDir Path tempDir;

  /** The outcome of one run: exit code and everything printed. */
  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode =
        Demo.run(new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), args);
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
            "Export the customer list");
    assertThat(run.out())
        .startsWith("Monetization SDK demo, on the 'memory' store (everything in memory)")
        .contains("11 customers onboarded.")
        .contains(
            "Done: 8 steps. Domain events published: "
                + "ContactChanged=1, Onboarded=11, PaymentInfoEdited=1, StatusChanged=1.");
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
        .contains("run-all", "customers", "--store", "memory", "jpa-h2", "--h2-file", "--csv")
        .contains("--clock");
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

    Run run = run("customers", "--store", "jpa-h2", "--h2-file", database.toString(), "--csv", csv.toString());

    assertThat(run.exitCode()).isZero();
    Path file = tempDir.resolve("h2/demo.mv.db").toAbsolutePath();
    assertThat(firstLine(run.out())).endsWith("kept in " + file + ")");
    assertThat(file).exists();
    String url = "jdbc:h2:file:" + database.toAbsolutePath();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement();
        ResultSet counts = statement.executeQuery(
            "select count(*) from mon_customer")) {
      assertThat(counts.next()).isTrue();
      assertThat(counts.getLong(1)).isEqualTo(11);
    }

    Run again = run("customers", "--store", "jpa-h2", "--h2-file", file.toString());

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
