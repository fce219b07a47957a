package org.monetization.customer;

import java.io.OutputStream;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import org.monetization.config.AttributeValue;
import org.monetization.error.ConflictException;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;
import org.monetization.paging.Page;
import org.monetization.paging.PageRequest;

/**
 * Commands and queries on customer accounts (SPEC section 2); customers are created by
 * {@link org.monetization.onboarding.Onboarding}. Thread-safe. Every command validates all of
 * its input before changing anything, reports every bad field in one {@link ValidationException}, and
 * either commits all of its changes or none; committed changes are published as {@link CustomerEvent}s.
 *
 * <pre>{@code
 * Customer alice = monetization.customers().get(id);
 * monetization.customers().addContact(id, Contact.builder().label("billing")...build());
 * Page<CustomerSummary> page = monetization.customers().list(
 *     CustomerFilter.builder().city("Paris").build(), PageRequest.first(50));
 * }</pre>
 */
public interface Customers {

  /**
   * Returns the customer with the given id.
   *
   * @param id the customer id
   * @return the customer, if it exists (a purged customer does not)
   */
  Optional<Customer> find(CustomerId id);

  /**
   * Returns the customer with the given id.
   *
   * @param id the customer id
   * @return the customer
   * @throws NotFoundException if no such customer exists
   */
  Customer get(CustomerId id);

  /**
   * Replaces the customer type and custom attribute values, the only editable account fields (CUS-6).
   *
   * @param id the customer
   * @param customerType code of a configured customer type
   * @param customAttributes the complete new set of custom attribute values
   * @return the updated customer
   * @throws ValidationException if the type is unknown or an attribute is unknown, wrongly typed or missing
   * @throws NotFoundException if no such customer exists
   * @throws ConflictException if the account is closed
   */
  Customer editAccountInfo(CustomerId id, String customerType, Map<String, AttributeValue> customAttributes);

  /**
   * Replaces the payment information: method with its details, billing address and tax ids (CUS-9).
   *
   * @param id the customer
   * @param payment the new payment information
   * @return the updated customer
   * @throws ValidationException if the details are incomplete or invalid (IBAN, BIC, mandate...)
   * @throws NotFoundException if no such customer exists
   * @throws ConflictException if the account is closed
   */
  Customer editPaymentInfo(CustomerId id, PaymentInfo payment);

  /**
   * Adds a tax identification number (CUS-9); adding one already present changes nothing.
   *
   * @param id the customer
   * @param taxId the tax identification number
   * @return the updated customer
   * @throws ValidationException if the tax id is blank or malformed
   * @throws NotFoundException if no such customer exists
   * @throws ConflictException if the account is closed
   */
  Customer addTaxId(CustomerId id, String taxId);

  /**
   * Removes a tax identification number (CUS-9).
   *
   * @param id the customer
   * @param taxId the tax identification number
   * @return the updated customer
   * @throws NotFoundException if no such customer exists or it has no such tax id
   * @throws ConflictException if the account is closed
   */
  Customer removeTaxId(CustomerId id, String taxId);

  /**
   * Adds a contact (CUS-7).
   *
   * @param id the customer
   * @param contact the contact, with a label not used by another contact of the customer
   * @return the updated customer
   * @throws ValidationException if a required contact field is missing or malformed
   * @throws NotFoundException if no such customer exists
   * @throws ConflictException if the label is taken or the account is closed
   */
  Customer addContact(CustomerId id, Contact contact);

  /**
   * Replaces the contact with the given label (CUS-7); the replacement may carry a new label.
   *
   * @param id the customer
   * @param label the label of the contact to edit
   * @param contact the new contact data
   * @return the updated customer
   * @throws ValidationException if a required contact field is missing or malformed
   * @throws NotFoundException if no such customer or contact exists
   * @throws ConflictException if the new label is taken by another contact, or the account is closed
   */
  Customer editContact(CustomerId id, String label, Contact contact);

  /**
   * Deletes the contact with the given label (CUS-7).
   *
   * @param id the customer
   * @param label the label of the contact to delete
   * @return the updated customer
   * @throws NotFoundException if no such customer or contact exists
   * @throws ConflictException if it is the customer's last contact, or the account is closed
   */
  Customer deleteContact(CustomerId id, String label);

  /**
   * Activates or suspends an account (CUS-4). Setting the current status changes nothing.
   *
   * @param id the customer
   * @param status {@link CustomerStatus#ACTIVE} or {@link CustomerStatus#INACTIVE}
   * @return the updated customer
   * @throws ValidationException if the status is {@link CustomerStatus#CLOSED} (use {@link #close})
   * @throws NotFoundException if no such customer exists
   * @throws ConflictException if the account is closed
   */
  Customer changeStatus(CustomerId id, CustomerStatus status);

  /**
   * Closes an account at once (CUS-8): it accepts no usage, subscriptions or edits any more, and
   * {@link #purgeClosedAccounts()} deletes it after the retention period.
   *
   * @param id the customer
   * @return the closed customer
   * @throws NotFoundException if no such customer exists
   * @throws ConflictException if the account is already closed
   */
  Customer close(CustomerId id);

  /**
   * Deletes every account closed for longer than the configured retention (CUS-8), with everything the
   * store holds of it: its subscriptions, services and rated usage, its balance groups with their
   * balances, ledger, credit profile and notifications, its billing profiles, the sharing groups it owns, and
   * its memberships of others' with the counters of what they drew from the owners' balances (what was drawn
   * stays drawn). Its service identifiers can then be provisioned again, and its event ids
   * are no longer known as duplicates. Promotion redemptions stay counted against their codes' limits.
   * Legal records (issued invoices and payments) are kept, anonymised. Works in bounded chunks, one
   * transaction each, so that an account is deleted whole or not at all; safe to re-run, and a re-run
   * after a failure continues where it stopped.
   *
   * @return what was purged
   */
  PurgeReport purgeClosedAccounts();

  /**
   * Returns one page of the customers that match the filter, ordered by id (CUS-1, CUS-2).
   *
   * @param filter the criteria; {@link CustomerFilter#none()} lists everyone
   * @param page which page
   * @return the page, with the total number of matches
   */
  Page<CustomerSummary> list(CustomerFilter filter, PageRequest page);

  /**
   * Writes the customers that match the filter, ordered by id, with the columns name, email,
   * subscriptions and services (CUS-3). Streams in bounded chunks: memory does not grow with the list.
   * The writer is flushed, not closed.
   *
   * @param filter the criteria
   * @param format CSV or tab-separated
   * @param out where to write
   * @return the number of customers written
   * @throws org.monetization.error.MonetizationException if writing fails
   */
  long export(CustomerFilter filter, ExportFormat format, Writer out);

  /**
   * Writes the export as UTF-8 bytes; see {@link #export(CustomerFilter, ExportFormat, Writer)}.
   *
   * @param filter the criteria
   * @param format CSV or tab-separated
   * @param out where to write; flushed, not closed
   * @return the number of customers written
   * @throws org.monetization.error.MonetizationException if writing fails
   */
  long export(CustomerFilter filter, ExportFormat format, OutputStream out);
}
