package org.monetization.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.testing.CustomerTestBed.fields;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.monetization.error.ConflictException;
import org.monetization.error.ValidationException;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.CustomerState;
import org.monetization.testing.CustomerTestBed;

/** CUS-4 status changes and CUS-8 closing: a closed account refuses every further command. */
class CustomerStatusTest {
  private final CustomerTestBed bed = CustomerTestBed.create();
  private final Customers customers = bed.customers();
  private Customer alice;

  @BeforeEach
  void onboard() {
    alice = bed.onboard("Alice", "Martin");
  }

  @Test
  void anAccountIsSuspendedAndReactivated() {
    Customer inactive = customers.changeStatus(alice.id(), CustomerStatus.INACTIVE);
    assertThat(inactive.status()).isEqualTo(CustomerStatus.INACTIVE);
    assertThat(customers.get(alice.id()).status()).isEqualTo(CustomerStatus.INACTIVE);

    Customer active = customers.changeStatus(alice.id(), CustomerStatus.ACTIVE);
    assertThat(active.status()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(active.closedAt()).isNull();
    assertThat(active).usingRecursiveComparison().ignoringFields("version").isEqualTo(alice);
  }

  @Test
  void settingTheCurrentStatusChangesNothing() {
    CustomerState before = bed.snapshot();

    assertThat(customers.changeStatus(alice.id(), CustomerStatus.ACTIVE)).isEqualTo(alice);
    bed.assertNothingChangedSince(before);
  }

  @Test
  void changeStatusCannotClose() {
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> customers.changeStatus(alice.id(), CustomerStatus.CLOSED))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("status"));
    bed.assertNothingChangedSince(before);
  }

  @Test
  void closingTakesEffectAtOnceAndRecordsTheClockTime() {
    bed.clock().advance(Duration.ofDays(3).plusHours(2));

    Customer closed = customers.close(alice.id());

    assertThat(closed.status()).isEqualTo(CustomerStatus.CLOSED);
    assertThat(closed.closedAt()).isEqualTo(CustomerTestBed.START.plus(Duration.ofDays(3).plusHours(2)));
    assertThat(customers.get(alice.id())).isEqualTo(closed);
    assertThat(customers.get(alice.id()).account()).isEqualTo(alice.account());
  }

  @Test
  void aSuspendedAccountCanBeClosed() {
    customers.changeStatus(alice.id(), CustomerStatus.INACTIVE);

    assertThat(customers.close(alice.id()).status()).isEqualTo(CustomerStatus.CLOSED);
  }

  static Stream<Named<Function<Customers, Function<CustomerId, Customer>>>> commands() {
    Map<String, Function<Customers, Function<CustomerId, Customer>>> commands =
        Map.of(
            "editAccountInfo", c -> id -> c.editAccountInfo(id, "BUSINESS", Map.of()),
            "editPaymentInfo", c -> id -> c.editPaymentInfo(id, CustomerFixtures.directDebit()),
            "addTaxId", c -> id -> c.addTaxId(id, "FR40303265045"),
            "removeTaxId", c -> id -> c.removeTaxId(id, "FR40303265045"),
            "addContact", c -> id -> c.addContact(id, CustomerFixtures.contact("billing")),
            "editContact", c -> id -> c.editContact(id, "primary", CustomerFixtures.contact("primary")),
            "deleteContact", c -> id -> c.deleteContact(id, "tech"),
            "changeStatus ACTIVE", c -> id -> c.changeStatus(id, CustomerStatus.ACTIVE),
            "changeStatus INACTIVE", c -> id -> c.changeStatus(id, CustomerStatus.INACTIVE),
            "close", c -> id -> c.close(id));
    return commands.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(entry -> Named.of(entry.getKey(), entry.getValue()));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void aClosedAccountRefusesEveryCommand(Function<Customers, Function<CustomerId, Customer>> command) {
    // Prepared so that each command would succeed on an open account.
    customers.addTaxId(alice.id(), "FR40303265045");
    customers.addContact(alice.id(), CustomerFixtures.contact("tech"));
    customers.close(alice.id());
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> command.apply(customers).apply(alice.id()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.ILLEGAL_STATE));
    bed.assertNothingChangedSince(before);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void theSameCommandsSucceedOnAnOpenAccount(Function<Customers, Function<CustomerId, Customer>> command) {
    customers.addTaxId(alice.id(), "FR40303265045");
    customers.addContact(alice.id(), CustomerFixtures.contact("tech"));

    Customer result = command.apply(customers).apply(alice.id());

    assertThat(customers.get(alice.id())).isEqualTo(result);
  }
}
