package org.monetization.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.testing.CustomerTestBed.fields;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.CustomerState;
import org.monetization.testing.CustomerTestBed;

/** CUS-9: payment method, billing address and tax identification numbers. */
class PaymentInfoEditTest {
  private final CustomerTestBed bed = CustomerTestBed.create();
  private final Customers customers = bed.customers();
  private Customer alice;

  @BeforeEach
  void onboard() {
    alice = bed.onboard("Alice", "Martin");
  }

  @Test
  void theMethodMovesBetweenInvoiceCardAndDirectDebit() {
    PaymentInfo card = PaymentInfo.creditCard("Alice Martin", "tok_1NqXyZ2eZvKYlo2C");
    assertThat(customers.editPaymentInfo(alice.id(), card).payment()).isEqualTo(card);

    PaymentInfo debit = CustomerFixtures.directDebit();
    assertThat(customers.editPaymentInfo(alice.id(), debit).payment()).isEqualTo(debit);

    Customer back = customers.editPaymentInfo(alice.id(), PaymentInfo.invoice());
    assertThat(back.payment()).isEqualTo(PaymentInfo.invoice());
    assertThat(customers.get(alice.id())).isEqualTo(back);
    assertThat(back)
        .usingRecursiveComparison()
        .ignoringFields("version")
        .isEqualTo(alice);
  }

  @Test
  void aDirectDebitIsStoredInCompactForm() {
    Customer edited =
        customers.editPaymentInfo(
            alice.id(),
            PaymentInfo.directDebit("M-9", LocalDate.parse("2026-03-02"), "cobadeffxxx", "de89 3704 0044 0532 0130 00"));

    assertThat(edited.payment())
        .isEqualTo(PaymentInfo.directDebit("M-9", LocalDate.parse("2026-03-02"), CustomerFixtures.BIC, CustomerFixtures.IBAN));
  }

  @Test
  void theBillingAddressIsSetAndCleared() {
    Address billing = Address.of("5 quai Voltaire", "Paris", null, "FR", "75007");

    Customer withAddress = customers.editPaymentInfo(alice.id(), PaymentInfo.invoice().withBillingAddress(billing));
    assertThat(withAddress.payment().billingAddress()).isEqualTo(billing);

    Customer without = customers.editPaymentInfo(alice.id(), PaymentInfo.invoice());
    assertThat(without.payment().billingAddress()).isNull();
  }

  @Test
  void taxIdsAreAddedKeptSortedAndRemoved() {
    customers.editPaymentInfo(alice.id(), CustomerFixtures.directDebit());

    customers.addTaxId(alice.id(), "FR40303265045");
    Customer two = customers.addTaxId(alice.id(), "DE123456789");
    assertThat(two.payment().taxIds()).containsExactly("DE123456789", "FR40303265045");
    assertThat(two.payment().details()).isEqualTo(CustomerFixtures.directDebit().details());

    Customer one = customers.removeTaxId(alice.id(), "FR40303265045");
    assertThat(one.payment().taxIds()).containsExactly("DE123456789");
    assertThat(customers.get(alice.id())).isEqualTo(one);
  }

  @Test
  void addingATaxIdAlreadyPresentChangesNothing() {
    customers.addTaxId(alice.id(), "FR40303265045");
    CustomerState before = bed.snapshot();

    Customer same = customers.addTaxId(alice.id(), "FR40303265045");

    assertThat(same).isEqualTo(before.customers().get(0));
    bed.assertNothingChangedSince(before);
  }

  @Test
  void aMalformedTaxIdIsRejected() {
    CustomerState before = bed.snapshot();

    for (String bad : new String[] {"", " ", "F", "FR 4030#3265045", "X".repeat(31)}) {
      assertThatThrownBy(() -> customers.addTaxId(alice.id(), bad))
          .as("tax id '%s'", bad)
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("taxId"));
    }
    bed.assertNothingChangedSince(before);
  }

  @Test
  void removingAnAbsentTaxIdIsNotFound() {
    customers.addTaxId(alice.id(), "FR40303265045");
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> customers.removeTaxId(alice.id(), "DE123456789")).isInstanceOf(NotFoundException.class);
    bed.assertNothingChangedSince(before);
  }

  @Test
  void invalidPaymentDetailsAreAllReportedAndNothingChanges() {
    PaymentInfo bad =
        new PaymentInfo(
            new PaymentDetails.DirectDebit("M-1", LocalDate.parse("2026-03-03"), "XXXX", "DE00370400440532013000"),
            new Address("1 rue", null, null, "FR", null),
            Set.of("!!"));
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> customers.editPaymentInfo(alice.id(), bad))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(fields(e))
                .containsExactlyInAnyOrder(
                    "payment.details.signatureDate",
                    "payment.details.bic",
                    "payment.details.iban",
                    "payment.billingAddress.city",
                    "payment.taxIds[0]"));
    assertThatThrownBy(() -> customers.editPaymentInfo(alice.id(), PaymentInfo.creditCard("Alice", " ")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(fields(e)).containsExactly("payment.details.gatewayToken"));
    bed.assertNothingChangedSince(before);
  }

  @Test
  void anUnknownCustomerIsNotFound() {
    CustomerState before = bed.snapshot();
    CustomerId unknown = CustomerId.of(alice.id().value() + 1);

    assertThatThrownBy(() -> customers.editPaymentInfo(unknown, PaymentInfo.invoice()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> customers.addTaxId(unknown, "FR40303265045")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> customers.removeTaxId(unknown, "FR40303265045")).isInstanceOf(NotFoundException.class);
    bed.assertNothingChangedSince(before);
  }
}
