package org.monetization.customer.internal;

import static java.util.Objects.requireNonNull;

import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.monetization.config.AttributeSchema;
import org.monetization.config.AttributeTarget;
import org.monetization.config.AttributeValue;
import org.monetization.config.Configuration;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Contact;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerEvent;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerRules;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.CustomerSummary;
import org.monetization.customer.Customers;
import org.monetization.customer.ExportFormat;
import org.monetization.customer.PaymentInfo;
import org.monetization.customer.PurgeReport;
import org.monetization.error.ConflictException;
import org.monetization.error.FieldErrors;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;
import org.monetization.event.DomainEvent;
import org.monetization.internal.AccountDeletion;
import org.monetization.internal.CommandRunner;
import org.monetization.paging.Page;
import org.monetization.paging.PageRequest;
import org.monetization.spi.Store;

/**
 * {@link Customers} over a {@link Store}. Every command follows the same order: validate the input
 * completely, then load, check the account's state, and write, all in one transaction.
 */
public final class CustomerService implements Customers {
  /** Customers handled per transaction by the purge job and per read by exports. */
  static final int CHUNK_SIZE = 500;

  private final Store store;
  private final CommandRunner runner;
  private final Configuration configuration;
  private final Clock clock;
  private final Duration closedAccountRetention;

  /**
   * Creates the service.
   *
   * @param store where customers live
   * @param runner runs commands in transactions and publishes their events
   * @param configuration customer types and attribute definitions to validate against
   * @param clock the source of every timestamp
   * @param closedAccountRetention how long a closed account is kept before the purge deletes it
   */
  public CustomerService(
      Store store,
      CommandRunner runner,
      Configuration configuration,
      Clock clock,
      Duration closedAccountRetention) {
    this.store = requireNonNull(store);
    this.runner = requireNonNull(runner);
    this.configuration = requireNonNull(configuration);
    this.clock = requireNonNull(clock);
    this.closedAccountRetention = requireNonNull(closedAccountRetention);
  }

  @Override
  public Optional<Customer> find(CustomerId id) {
    return store.customers().find(id);
  }

  @Override
  public Customer get(CustomerId id) {
    return find(id).orElseThrow(() -> notFound(id));
  }

  @Override
  public Customer editAccountInfo(
      CustomerId id, String customerType, Map<String, AttributeValue> customAttributes) {
    FieldErrors errors = new FieldErrors();
    CustomerRules.customerType(errors, "customerType", customerType, this::customerTypeExists);
    customerSchema().validate(customAttributes, "customAttributes", errors);
    errors.throwIfAny();
    return update(
        id,
        (customer, events) -> {
          AccountInfo account =
              new AccountInfo(
                  customer.account().firstName(),
                  customer.account().lastName(),
                  customer.account().email(),
                  customer.account().phone(),
                  customerType,
                  customer.account().organisation(),
                  customer.account().address(),
                  customAttributes);
          events.add(new CustomerEvent.AccountInfoEdited(id, clock.instant()));
          return customer.withAccount(account);
        });
  }

  @Override
  public Customer editPaymentInfo(CustomerId id, PaymentInfo payment) {
    FieldErrors errors = new FieldErrors();
    CustomerRules.payment(payment, "payment", errors, clock.instant());
    errors.throwIfAny();
    PaymentInfo normalised = CustomerRules.normalise(payment);
    return update(
        id,
        (customer, events) -> {
          events.add(new CustomerEvent.PaymentInfoEdited(id, normalised.method(), clock.instant()));
          return customer.withPayment(normalised);
        });
  }

  @Override
  public Customer addTaxId(CustomerId id, String taxId) {
    FieldErrors errors = new FieldErrors();
    CustomerRules.taxId(errors, "taxId", taxId);
    errors.throwIfAny();
    return update(
        id,
        (customer, events) -> {
          Set<String> ids = new TreeSet<>(customer.payment().taxIds());
          if (!ids.add(taxId.strip())) {
            return customer;
          }
          events.add(new CustomerEvent.PaymentInfoEdited(id, customer.payment().method(), clock.instant()));
          return customer.withPayment(customer.payment().withTaxIds(ids));
        });
  }

  @Override
  public Customer removeTaxId(CustomerId id, String taxId) {
    return update(
        id,
        (customer, events) -> {
          Set<String> ids = new TreeSet<>(customer.payment().taxIds());
          if (!ids.remove(taxId.strip())) {
            throw new NotFoundException("customer " + id + " has no tax id '" + taxId + "'");
          }
          events.add(new CustomerEvent.PaymentInfoEdited(id, customer.payment().method(), clock.instant()));
          return customer.withPayment(customer.payment().withTaxIds(ids));
        });
  }

  @Override
  public Customer addContact(CustomerId id, Contact contact) {
    FieldErrors errors = new FieldErrors();
    CustomerRules.contact(contact, "contact", errors);
    errors.throwIfAny();
    return update(
        id,
        (customer, events) -> {
          if (customer.contact(contact.label()).isPresent()) {
            throw duplicateLabel(id, contact.label());
          }
          List<Contact> contacts = new ArrayList<>(customer.contacts());
          contacts.add(contact);
          events.add(contactChanged(id, contact.label(), CustomerEvent.Change.ADDED));
          return customer.withContacts(contacts);
        });
  }

  @Override
  public Customer editContact(CustomerId id, String label, Contact contact) {
    FieldErrors errors = new FieldErrors();
    CustomerRules.contact(contact, "contact", errors);
    errors.throwIfAny();
    return update(
        id,
        (customer, events) -> {
          Contact current = customer.contact(label).orElseThrow(() -> contactNotFound(id, label));
          if (!label.equals(contact.label()) && customer.contact(contact.label()).isPresent()) {
            throw duplicateLabel(id, contact.label());
          }
          List<Contact> contacts = new ArrayList<>(customer.contacts());
          contacts.set(contacts.indexOf(current), contact);
          events.add(contactChanged(id, contact.label(), CustomerEvent.Change.EDITED));
          return customer.withContacts(contacts);
        });
  }

  @Override
  public Customer deleteContact(CustomerId id, String label) {
    return update(
        id,
        (customer, events) -> {
          Contact current = customer.contact(label).orElseThrow(() -> contactNotFound(id, label));
          if (customer.contacts().size() == 1) {
            throw new ConflictException(
                ConflictException.Reason.ILLEGAL_STATE,
                "contact '" + label + "' is the last contact of customer " + id + " and cannot be deleted");
          }
          List<Contact> contacts = new ArrayList<>(customer.contacts());
          contacts.remove(current);
          events.add(contactChanged(id, label, CustomerEvent.Change.DELETED));
          return customer.withContacts(contacts);
        });
  }

  @Override
  public Customer changeStatus(CustomerId id, CustomerStatus status) {
    if (status == CustomerStatus.CLOSED) {
      throw ValidationException.of("status", "use close() to close an account");
    }
    requireNonNull(status, "status");
    return update(
        id,
        (customer, events) -> {
          if (customer.status() == status) {
            return customer;
          }
          Instant now = clock.instant();
          events.add(new CustomerEvent.StatusChanged(id, customer.status(), status, now));
          return customer.withStatus(status, now);
        });
  }

  @Override
  public Customer close(CustomerId id) {
    return update(
        id,
        (customer, events) -> {
          Instant now = clock.instant();
          events.add(new CustomerEvent.StatusChanged(id, customer.status(), CustomerStatus.CLOSED, now));
          return customer.withStatus(CustomerStatus.CLOSED, now);
        });
  }

  @Override
  public PurgeReport purgeClosedAccounts() {
    Instant cutoff = clock.instant().minus(closedAccountRetention);
    List<CustomerId> purged = new ArrayList<>();
    while (true) {
      List<CustomerId> chunk = runner.run(events -> purgeChunk(cutoff, events));
      purged.addAll(chunk);
      if (chunk.size() < CHUNK_SIZE) {
        return new PurgeReport(cutoff, purged);
      }
    }
  }

  private List<CustomerId> purgeChunk(Instant cutoff, List<DomainEvent> events) {
    List<CustomerId> deleted = new ArrayList<>();
    AccountDeletion deletion = new AccountDeletion(store);
    for (CustomerId id : store.customers().closedBefore(cutoff, CHUNK_SIZE)) {
      // Legal records (invoices, payments) will be anonymised here by their areas once they exist; none
      // of the data deleted with the account is one.
      if (deletion.delete(id)) {
        deleted.add(id);
        events.add(new CustomerEvent.Purged(id, clock.instant()));
      }
    }
    return deleted;
  }

  @Override
  public Page<CustomerSummary> list(CustomerFilter filter, PageRequest page) {
    return store.customers().page(requireNonNull(filter), requireNonNull(page));
  }

  @Override
  public long export(CustomerFilter filter, ExportFormat format, Writer out) {
    return new CustomerExport(store.customers(), CHUNK_SIZE).write(filter, format, out);
  }

  @Override
  public long export(CustomerFilter filter, ExportFormat format, OutputStream out) {
    return new CustomerExport(store.customers(), CHUNK_SIZE).write(filter, format, out);
  }

  /** A change to one customer, given its current state; records its events. */
  @FunctionalInterface
  private interface Change {
    Customer apply(Customer current, List<DomainEvent> events);
  }

  /**
   * Loads the customer, refuses closed accounts, applies the change and stores it if it changed; a change
   * that leaves the customer as it was stores and publishes nothing.
   */
  private Customer update(CustomerId id, Change change) {
    requireNonNull(id, "id");
    return runner.run(
        events -> {
          Customer current = store.customers().find(id).orElseThrow(() -> notFound(id));
          if (current.status() == CustomerStatus.CLOSED) {
            throw new ConflictException(
                ConflictException.Reason.ILLEGAL_STATE, "customer " + id + " is closed");
          }
          List<DomainEvent> recorded = new ArrayList<>();
          Customer changed = change.apply(current, recorded);
          if (changed.equals(current)) {
            return current; // nothing changed, so nothing is stored or published
          }
          events.addAll(recorded);
          return store.customers().update(changed);
        });
  }

  private boolean customerTypeExists(String code) {
    return configuration.customerType(code).isPresent();
  }

  private AttributeSchema customerSchema() {
    return configuration.attributes(AttributeTarget.CUSTOMER);
  }

  private CustomerEvent.ContactChanged contactChanged(CustomerId id, String label, CustomerEvent.Change change) {
    return new CustomerEvent.ContactChanged(id, label, change, clock.instant());
  }

  private static NotFoundException notFound(CustomerId id) {
    return new NotFoundException("customer " + id + " does not exist");
  }

  private static NotFoundException contactNotFound(CustomerId id, String label) {
    return new NotFoundException("customer " + id + " has no contact labelled '" + label + "'");
  }

  private static ConflictException duplicateLabel(CustomerId id, String label) {
    return new ConflictException(
        ConflictException.Reason.DUPLICATE, "customer " + id + " already has a contact labelled '" + label + "'");
  }
}
