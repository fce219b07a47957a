package org.monetization.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.testing.CustomerTestBed.fields;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.monetization.error.ConflictException;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.CustomerState;
import org.monetization.testing.CustomerTestBed;
import org.monetization.onboarding.OnboardingRequest;

/** CUS-7: contacts added, edited and deleted by their unique label; the last one stays. */
class ContactsTest {
  private final CustomerTestBed bed = CustomerTestBed.create();
  private final Customers customers = bed.customers();
  private Customer alice;
  private Contact primary;

  @BeforeEach
  void onboard() {
    alice = bed.onboard("Alice", "Martin");
    primary = alice.contact(OnboardingRequest.PRIMARY_CONTACT_LABEL).orElseThrow();
  }

  @Test
  void addsAContactAfterTheExistingOnes() {
    Contact billing = CustomerFixtures.contact("billing");

    Customer updated = customers.addContact(alice.id(), billing);

    assertThat(updated.contacts()).containsExactly(primary, billing);
    assertThat(updated.contact("billing")).contains(billing);
    assertThat(customers.get(alice.id())).isEqualTo(updated);
  }

  @Test
  void aContactNeedsOnlyLabelNamesAndEmail() {
    Contact minimal = Contact.builder().label("ops.team-2").firstName("Ops").lastName("Team").email("ops@example.com")
        .build();

    assertThat(customers.addContact(alice.id(), minimal).contacts()).endsWith(minimal);
  }

  @Test
  void aDuplicateLabelIsRefused() {
    customers.addContact(alice.id(), CustomerFixtures.contact("billing"));
    CustomerState before = bed.snapshot();

    assertThatThrownBy(
            () -> customers.addContact(
                alice.id(), Contact.builder().label("billing").firstName("X").lastName("Y").email("x@y.io").build()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
    bed.assertNothingChangedSince(before);
  }

  @Test
  void anInvalidContactIsReportedFieldByField() {
    Contact bad =
        Contact.builder()
            .label("has space")
            .lastName("Y")
            .email("not-an-email")
            .phone("abc")
            .address(new Address(null, null, null, "XX", null))
            .build();
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> customers.addContact(alice.id(), bad))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(fields(e))
                .containsExactlyInAnyOrder(
                    "contact.label", "contact.firstName", "contact.email", "contact.phone", "contact.address.country"));
    assertThatThrownBy(() -> customers.editContact(alice.id(), "primary", bad))
        .isInstanceOf(ValidationException.class);
    bed.assertNothingChangedSince(before);
  }

  @Test
  void editsAContactInPlaceByItsLabel() {
    customers.addContact(alice.id(), CustomerFixtures.contact("billing"));
    Contact changed =
        Contact.builder().label("primary").firstName("Alice").lastName("Martin-Durand").email("alice@martin.fr").build();

    Customer updated = customers.editContact(alice.id(), "primary", changed);

    assertThat(updated.contacts()).containsExactly(changed, CustomerFixtures.contact("billing"));
    assertThat(customers.get(alice.id())).isEqualTo(updated);
  }

  @Test
  void anEditMayRenameTheLabel() {
    customers.addContact(alice.id(), CustomerFixtures.contact("billing"));
    Contact renamed = CustomerFixtures.contact("accounts");

    Customer updated = customers.editContact(alice.id(), "billing", renamed);

    assertThat(updated.contacts()).extracting(Contact::label).containsExactly("primary", "accounts");
    assertThat(updated.contact("billing")).isEmpty();
    assertThat(updated.contact("accounts")).contains(renamed);
  }

  @Test
  void renamingOntoAnotherContactsLabelIsRefused() {
    customers.addContact(alice.id(), CustomerFixtures.contact("billing"));
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> customers.editContact(alice.id(), "billing", CustomerFixtures.contact("primary")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
    bed.assertNothingChangedSince(before);
  }

  @Test
  void editingAnUnknownLabelIsNotFound() {
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> customers.editContact(alice.id(), "billing", CustomerFixtures.contact("billing")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("billing");
    bed.assertNothingChangedSince(before);
  }

  @Test
  void deletesAContactByItsLabel() {
    customers.addContact(alice.id(), CustomerFixtures.contact("billing"));
    customers.addContact(alice.id(), CustomerFixtures.contact("tech"));

    Customer updated = customers.deleteContact(alice.id(), "billing");

    assertThat(updated.contacts()).extracting(Contact::label).containsExactly("primary", "tech");
    assertThat(customers.get(alice.id())).isEqualTo(updated);
  }

  @Test
  void theLastContactCannotBeDeleted() {
    customers.addContact(alice.id(), CustomerFixtures.contact("billing"));
    customers.deleteContact(alice.id(), "primary");
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> customers.deleteContact(alice.id(), "billing"))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.ILLEGAL_STATE));
    bed.assertNothingChangedSince(before);
    assertThat(customers.get(alice.id()).contacts()).containsExactly(CustomerFixtures.contact("billing"));
  }

  @Test
  void deletingAnUnknownLabelIsNotFound() {
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> customers.deleteContact(alice.id(), "billing"))
        .isInstanceOf(NotFoundException.class);
    bed.assertNothingChangedSince(before);
  }

  @Test
  void contactsOfAnUnknownCustomerAreNotFound() {
    CustomerState before = bed.snapshot();
    CustomerId unknown = CustomerId.of(alice.id().value() + 100);

    assertThatThrownBy(() -> customers.addContact(unknown, CustomerFixtures.contact("billing")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> customers.editContact(unknown, "primary", CustomerFixtures.contact("primary")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> customers.deleteContact(unknown, "primary")).isInstanceOf(NotFoundException.class);
    bed.assertNothingChangedSince(before);
  }
}
