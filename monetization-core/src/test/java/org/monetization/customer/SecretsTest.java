package org.monetization.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.monetization.error.ValidationException;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.CustomerTestBed;
import org.monetization.onboarding.OnboardingRequest;

/** NFR-5: IBANs and card tokens never show in {@code toString} nor in error messages. */
class SecretsTest {
  private static final String IBAN = CustomerFixtures.IBAN;
  private static final String SPACED_IBAN = "DE89 3704 0044 0532 0130 00";
  private static final String TOKEN = "tok_1NqXyZ2eZvKYlo2CsecretCardRef";

  private final CustomerTestBed bed = CustomerTestBed.create();

  @Test
  void paymentDetailsMaskTheIbanAndTheToken() {
    PaymentDetails debit = CustomerFixtures.directDebit().details();
    PaymentDetails spaced =
        new PaymentDetails.DirectDebit("M-1", LocalDate.parse("2026-01-02"), CustomerFixtures.BIC, SPACED_IBAN);
    PaymentDetails card = new PaymentDetails.CreditCard("Alice Martin", TOKEN);

    assertThat(debit.toString()).doesNotContain(IBAN).contains("MANDATE-0001", CustomerFixtures.BIC);
    assertThat(spaced.toString()).doesNotContain(SPACED_IBAN).doesNotContain(IBAN);
    assertThat(card.toString()).doesNotContain(TOKEN).contains("Alice Martin");
  }

  @Test
  void paymentInfoCustomerRequestAndSummaryMaskTheSecrets() {
    PaymentInfo debit = CustomerFixtures.directDebit();
    PaymentInfo card = PaymentInfo.creditCard("Alice Martin", TOKEN);
    OnboardingRequest debitRequest =
        OnboardingRequest.builder().account(CustomerFixtures.account("Alice", "Martin").build()).payment(debit).build();
    OnboardingRequest cardRequest =
        OnboardingRequest.builder().account(CustomerFixtures.account("Bob", "Dupont").build()).payment(card).build();

    Customer debitCustomer = bed.onboarding().submit(debitRequest).customer();
    Customer cardCustomer = bed.onboarding().submit(cardRequest).customer();

    for (Object value :
        List.of(debit, debitRequest, debitCustomer, bed.customers().get(debitCustomer.id()),
            bed.onboarding().preview(debitRequest))) {
      assertThat(value.toString()).as(value.getClass().getSimpleName()).doesNotContain(IBAN);
    }
    for (Object value :
        List.of(card, cardRequest, cardCustomer, bed.customers().get(cardCustomer.id()),
            bed.onboarding().preview(cardRequest))) {
      assertThat(value.toString()).as(value.getClass().getSimpleName()).doesNotContain(TOKEN);
    }
    assertThat(bed.events().events()).allSatisfy(e -> assertThat(e.toString()).doesNotContain(IBAN, TOKEN));
  }

  @Test
  void theValidationMessageOfABadIbanDoesNotEchoIt() {
    String badIban = "DE89370400440532013001"; // wrong check digits
    PaymentInfo payment = PaymentInfo.directDebit("M-1", LocalDate.parse("2026-01-02"), "BAD", badIban);
    Customer alice = bed.onboard("Alice", "Martin");

    assertThatThrownBy(
            () -> bed.onboarding().submit(
                OnboardingRequest.builder()
                    .account(CustomerFixtures.account("Bob", "Dupont").build())
                    .payment(payment)
                    .build()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.hasErrorOn("payment.details.iban")).isTrue();
              assertThat(e.getMessage()).doesNotContain(badIban, badIban.substring(4));
              assertThat(e.errors()).allSatisfy(error -> assertThat(error.message()).doesNotContain(badIban));
            });
    assertThatThrownBy(() -> bed.customers().editPaymentInfo(alice.id(), payment))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.getMessage()).contains("payment.details.iban").doesNotContain(badIban));
  }

  @Test
  void theValidationMessageOfAValidIbanBesideABadBicDoesNotEchoIt() {
    PaymentInfo payment = PaymentInfo.directDebit("M-1", LocalDate.parse("2026-01-02"), "BAD", SPACED_IBAN);

    assertThatThrownBy(() -> bed.onboarding().preview(
            OnboardingRequest.builder().account(CustomerFixtures.account("Bob", "Dupont").build()).payment(payment).build()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.getMessage()).contains("payment.details.bic").doesNotContain(IBAN, SPACED_IBAN));
  }
}
