package org.monetization.jpa.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Address;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.PaymentDetails;
import org.monetization.customer.PaymentInfo;
import org.monetization.customer.PaymentMethod;

/**
 * Copies a {@link Customer} into a {@link CustomerEntity} and back. The round trip is exact: reading what
 * was written yields an equal record. Also fills the search columns, lower-cased here rather than by the
 * database so that every database matches exactly as {@link org.monetization.customer.CustomerFilter} does.
 */
final class CustomerMapper {
  private CustomerMapper() {}

  /** Returns the lower-cased form that the search columns hold and that criteria are compared in. */
  static String searchable(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** Returns the instant as the database keeps it; see {@link StoredValues#instant}. */
  static Instant storable(Instant instant) {
    return StoredValues.instant(instant);
  }

  /**
   * Overwrites every column and collection of the entity with the customer's state, except the id and
   * the version, which the repository owns. Collections are changed in place, so that Hibernate writes
   * only the rows that differ.
   */
  static void copy(Customer customer, CustomerEntity entity) {
    entity.status = customer.status().name();
    entity.createdAt = storable(customer.createdAt());
    entity.closedAt = customer.closedAt() == null ? null : storable(customer.closedAt());
    entity.subscriptionCount = customer.subscriptionCount();
    entity.serviceCount = customer.serviceCount();
    copyAccount(customer.account(), entity);
    copyPayment(customer.payment(), entity);

    List<ContactColumns> contacts = customer.contacts().stream().map(ContactColumns::of).toList();
    if (!entity.contacts.equals(contacts)) {
      entity.contacts.clear();
      entity.contacts.addAll(contacts);
    }
    entity.taxIds.retainAll(customer.payment().taxIds());
    entity.taxIds.addAll(customer.payment().taxIds());
  }

  private static void copyAccount(AccountInfo account, CustomerEntity entity) {
    entity.firstName = account.firstName();
    entity.lastName = account.lastName();
    entity.email = account.email();
    entity.phone = account.phone();
    entity.customerType = account.customerType();
    entity.organisation = account.organisation();
    Address home = account.address();
    entity.hasAddress = home != null;
    entity.address = AddressColumns.of(home);

    entity.searchName = searchable(account.fullName());
    entity.searchEmail = account.email() == null ? null : searchable(account.email());
    entity.searchAddress = home == null ? null : searchable(home.singleLine());
    entity.searchCity = home == null || home.city() == null ? null : searchable(home.city());
    entity.searchCountry = home == null || home.country() == null ? null : searchable(home.country());

    entity.attributes.keySet().retainAll(account.customAttributes().keySet());
    account.customAttributes().forEach((name, value) -> {
      AttributeColumns columns = AttributeColumns.of(value);
      if (!columns.equals(entity.attributes.get(name))) {
        entity.attributes.put(name, columns);
      }
    });
  }

  private static void copyPayment(PaymentInfo payment, CustomerEntity entity) {
    PaymentDetails details = payment.details();
    entity.paymentMethod = details.method().name();
    entity.cardHolderName = null;
    entity.cardGatewayToken = null;
    entity.debitMandateId = null;
    entity.debitSignatureDate = null;
    entity.debitBic = null;
    entity.debitIban = null;
    // Java 17 has no pattern switch; the sealed hierarchy keeps this chain exhaustive by review (invoice
    // payment has no column of its own), and toPaymentDetails switches exhaustively over the method.
    if (details instanceof PaymentDetails.CreditCard card) {
      entity.cardHolderName = card.holderName();
      entity.cardGatewayToken = card.gatewayToken();
    } else if (details instanceof PaymentDetails.DirectDebit debit) {
      entity.debitMandateId = debit.mandateId();
      entity.debitSignatureDate = debit.signatureDate();
      entity.debitBic = debit.bic();
      entity.debitIban = debit.iban();
    }
    entity.hasBillingAddress = payment.billingAddress() != null;
    entity.billingAddress = AddressColumns.of(payment.billingAddress());
  }

  /** Returns a new entity holding the customer at the given version. */
  static CustomerEntity toEntity(Customer customer, long version) {
    CustomerEntity entity = new CustomerEntity();
    entity.id = customer.id().value();
    entity.version = version;
    copy(customer, entity);
    return entity;
  }

  /** Returns the customer the entity holds. */
  static Customer toCustomer(CustomerEntity entity) {
    AccountInfo.Builder account =
        AccountInfo.builder()
            .firstName(entity.firstName)
            .lastName(entity.lastName)
            .email(entity.email)
            .phone(entity.phone)
            .customerType(entity.customerType)
            .organisation(entity.organisation)
            .address(AddressColumns.toAddress(entity.hasAddress, entity.address));
    entity.attributes.forEach((name, value) -> account.customAttribute(name, value.toValue()));
    PaymentInfo payment =
        new PaymentInfo(
            toPaymentDetails(entity),
            AddressColumns.toAddress(entity.hasBillingAddress, entity.billingAddress),
            entity.taxIds);
    return new Customer(
        CustomerId.of(entity.id),
        account.build(),
        payment,
        entity.contacts.stream().map(ContactColumns::toContact).toList(),
        CustomerStatus.valueOf(entity.status),
        entity.createdAt,
        entity.closedAt,
        entity.subscriptionCount,
        entity.serviceCount,
        entity.version);
  }

  private static PaymentDetails toPaymentDetails(CustomerEntity entity) {
    return switch (PaymentMethod.valueOf(entity.paymentMethod)) {
      case INVOICE -> new PaymentDetails.Invoice();
      case CREDIT_CARD -> new PaymentDetails.CreditCard(entity.cardHolderName, entity.cardGatewayToken);
      case DIRECT_DEBIT -> new PaymentDetails.DirectDebit(
          entity.debitMandateId, entity.debitSignatureDate, entity.debitBic, entity.debitIban);
    };
  }
}
