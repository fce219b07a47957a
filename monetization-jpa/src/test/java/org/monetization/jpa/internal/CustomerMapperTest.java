package org.monetization.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.monetization.customer.Address;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerId;
import org.monetization.customer.PaymentInfo;
import org.monetization.testing.CustomerFixtures;

class CustomerMapperTest {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  void aRichCustomerSurvivesTheRoundTrip() {
    Customer rich = CustomerFixtures.richCustomer(CustomerId.of(42), T0);

    assertThat(CustomerMapper.toCustomer(CustomerMapper.toEntity(rich, 3))).isEqualTo(rich.withVersion(3));
  }

  @Test
  void copyingAnotherStateReplacesEveryPartIncludingCollections() {
    Customer rich = CustomerFixtures.richCustomer(CustomerId.of(42), T0);
    Customer other = CustomerFixtures.plainCustomer(CustomerId.of(42), "Other", "Person", T0)
        .withPayment(PaymentInfo.creditCard("Other Person", "tok_1").withTaxIds(Set.of("FR1")));
    CustomerEntity entity = CustomerMapper.toEntity(rich, 0);

    CustomerMapper.copy(other, entity);

    assertThat(CustomerMapper.toCustomer(entity)).isEqualTo(other);
    assertThat(entity.debitIban).isNull();
    assertThat(entity.attributes).isEmpty();
  }

  @Test
  void searchColumnsHoldTheLowerCasedTextsTheFilterMatches() {
    Customer rich = CustomerFixtures.richCustomer(CustomerId.of(42), T0);

    CustomerEntity entity = CustomerMapper.toEntity(rich, 0);

    assertThat(entity.searchName).isEqualTo("amélie poulain");
    assertThat(entity.searchEmail).isEqualTo("amélie.poulain@example.com");
    assertThat(entity.searchAddress).isEqualTo("12 rue de rivoli, 75001, paris, ile-de-france, fr");
    assertThat(entity.searchCity).isEqualTo("paris");
    assertThat(entity.searchCountry).isEqualTo("fr");
  }

  @Test
  void absentAndEmptyAddressesStayDistinct() {
    assertThat(AddressColumns.toAddress(false, null)).isNull();
    assertThat(AddressColumns.toAddress(true, null)).isEqualTo(new Address(null, null, null, null, null));
    assertThat(AddressColumns.toAddress(true, AddressColumns.of(Address.of("s", "c", null, "FR", null))))
        .isEqualTo(Address.of("s", "c", null, "FR", null));
  }

  @Test
  void theEntityNeverPrintsItsSecrets() {
    Customer debit = CustomerFixtures.richCustomer(CustomerId.of(42), T0);
    Customer card = debit.withPayment(PaymentInfo.creditCard("Ada", "tok_live_secret"));

    List<String> printed = List.of(
        CustomerMapper.toEntity(debit, 0).toString(), CustomerMapper.toEntity(card, 0).toString());

    assertThat(printed).allSatisfy(text -> assertThat(text)
        .doesNotContain(CustomerFixtures.IBAN).doesNotContain("tok_live_secret").contains("id=42"));
  }
}
