package org.monetization.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.monetization.testing.CustomerFixtures;

/** The matching rules of {@link CustomerFilter#test}, one customer at a time. */
class CustomerFilterTest {
  private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");

  private static final Customer CAMILLE =
      customer(
          "Camille",
          "Lefèvre",
          Address.of("14 rue de la République", "Lyon", "Auvergne-Rhône-Alpes", "FR", "69002"),
          PaymentInfo.invoice());
  private static final Customer ANNA =
      customer(
          "Anna",
          "Müller",
          Address.of("Leopoldstraße 45", "München", "Bayern", "DE", "80802"),
          CustomerFixtures.directDebit());

  private static Customer customer(String firstName, String lastName, Address address, PaymentInfo payment) {
    AccountInfo account = CustomerFixtures.account(firstName, lastName).address(address).build();
    Contact primary =
        Contact.builder().label("primary").firstName(firstName).lastName(lastName).email(account.email()).build();
    return new Customer(
        CustomerId.of(1), account, payment, List.of(primary), CustomerStatus.ACTIVE, T0, null, 0, 0, 0);
  }

  @Test
  void noCriterionMatchesEveryone() {
    assertThat(CustomerFilter.none().test(CAMILLE)).isTrue();
    assertThat(CustomerFilter.builder().fullName("  ").city("").build().test(ANNA)).isTrue();
  }

  @Test
  void textCriteriaAreSubstringsIgnoringCaseIncludingAccentedLetters() {
    assertThat(CustomerFilter.builder().fullName("LEFÈVRE").build().test(CAMILLE)).isTrue();
    assertThat(CustomerFilter.builder().fullName("lefevre").build().test(CAMILLE)).isFalse();
    assertThat(CustomerFilter.builder().city("MÜNCH").build().test(ANNA)).isTrue();
    assertThat(CustomerFilter.builder().email("ANNA.MÜLLER@EXAMPLE").build().test(ANNA)).isTrue();
    assertThat(CustomerFilter.builder().city("münchen-").build().test(ANNA)).isFalse();
  }

  @Test
  void fullNameMatchesAcrossFirstAndLastName() {
    assertThat(CustomerFilter.builder().fullName("camille lef").build().test(CAMILLE)).isTrue();
    assertThat(CustomerFilter.builder().fullName("camille  lef").build().test(CAMILLE)).isFalse();
  }

  @Test
  void addressSearchesTheWholeAddressLineAndCityOnlyTheCity() {
    assertThat(CustomerFilter.builder().address("69002").build().test(CAMILLE)).isTrue();
    assertThat(CustomerFilter.builder().address("république, 69002, lyon").build().test(CAMILLE)).isTrue();
    assertThat(CustomerFilter.builder().city("69002").build().test(CAMILLE)).isFalse();
  }

  @Test
  void codedCriteriaMatchExactlyExceptCountryCase() {
    assertThat(CustomerFilter.builder().country("de").build().test(ANNA)).isTrue();
    assertThat(CustomerFilter.builder().country("D").build().test(ANNA)).isFalse();
    assertThat(CustomerFilter.builder().customerType("RESIDENTIAL").build().test(ANNA)).isTrue();
    assertThat(CustomerFilter.builder().customerType("residential").build().test(ANNA)).isFalse();
    assertThat(CustomerFilter.builder().paymentMethod(PaymentMethod.DIRECT_DEBIT).build().test(ANNA)).isTrue();
    assertThat(CustomerFilter.builder().paymentMethod(PaymentMethod.DIRECT_DEBIT).build().test(CAMILLE))
        .isFalse();
    assertThat(CustomerFilter.builder().status(CustomerStatus.INACTIVE).build().test(ANNA)).isFalse();
  }

  @Test
  void everyCriterionThatIsSetMustHold() {
    CustomerFilter lyonByInvoice =
        CustomerFilter.builder().city("lyon").paymentMethod(PaymentMethod.INVOICE).fullName("camille").build();

    assertThat(lyonByInvoice.test(CAMILLE)).isTrue();
    assertThat(lyonByInvoice.test(CAMILLE.withPayment(CustomerFixtures.directDebit()))).isFalse();
    assertThat(lyonByInvoice.test(ANNA)).isFalse();
  }

  @Test
  void aCustomerWithoutAddressMatchesNoAddressCriterion() {
    Customer withoutAddress = CAMILLE.withAccount(CAMILLE.account().toBuilder().address(null).build());

    assertThat(CustomerFilter.builder().city("lyon").build().test(withoutAddress)).isFalse();
    assertThat(CustomerFilter.builder().address("lyon").build().test(withoutAddress)).isFalse();
    assertThat(CustomerFilter.builder().country("FR").build().test(withoutAddress)).isFalse();
    assertThat(CustomerFilter.builder().fullName("camille").build().test(withoutAddress)).isTrue();
  }
}
