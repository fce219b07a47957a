package org.monetization.customer;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.iban4j.BicUtil;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;
import org.jspecify.annotations.Nullable;
import org.monetization.config.AttributeSchema;
import org.monetization.error.FieldErrors;

/**
 * The field rules of customer data (CUS-5, CUS-7, CUS-9), shared by every command that takes it and
 * usable by a host to check a form before submitting it. Each check records every problem it finds under
 * the given dotted path and never throws, so one command can report all of its bad fields at once.
 */
public final class CustomerRules {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{4,24}");
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
  /** SEPA mandate references: at most 35 characters of the restricted Latin set of pain.008. */
  private static final Pattern MANDATE_ID = Pattern.compile("[A-Za-z0-9+?/:().,' -]{1,35}");
  private static final Pattern TAX_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./-]{1,29}");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final int MAX_TEXT = 255;

  /** The label of the contact derived from the account info when onboarding names no contact. */
  public static final String PRIMARY_CONTACT_LABEL = "primary";

  private CustomerRules() {}

  /**
   * Checks account info: names, email, phone, a configured customer type, the address (street, city,
   * state and ISO country required) and the custom attribute values against their schema.
   *
   * @param account the account info, null when missing
   * @param prefix the dotted path of the account info in the command
   * @param errors where to record problems
   * @param customerTypeExists whether a customer type code is configured
   * @param schema the customer custom attribute definitions
   */
  public static void account(
      @Nullable AccountInfo account,
      String prefix,
      FieldErrors errors,
      Predicate<String> customerTypeExists,
      AttributeSchema schema) {
    if (!errors.require(prefix, account)) {
      return;
    }
    text(errors, prefix + ".firstName", account.firstName(), true);
    text(errors, prefix + ".lastName", account.lastName(), true);
    email(errors, prefix + ".email", account.email(), true);
    phone(errors, prefix + ".phone", account.phone(), true);
    customerType(errors, prefix + ".customerType", account.customerType(), customerTypeExists);
    text(errors, prefix + ".organisation", account.organisation(), false);
    address(errors, prefix + ".address", account.address(), true, true);
    schema.validate(account.customAttributes(), prefix + ".customAttributes", errors);
  }

  /**
   * Checks a customer type code is present and configured.
   *
   * @param errors where to record problems
   * @param field the dotted path of the code
   * @param code the code
   * @param customerTypeExists whether a code is configured
   */
  public static void customerType(
      FieldErrors errors, String field, @Nullable String code, Predicate<String> customerTypeExists) {
    if (errors.requireText(field, code)) {
      errors.check(customerTypeExists.test(code), field, "unknown customer type '" + code + "'");
    }
  }

  /**
   * Checks payment info: the details of its method (card holder and token; SEPA mandate id, signature
   * date not in the future, BIC and IBAN validated), the billing address and the tax ids.
   *
   * @param payment the payment info, null when missing
   * @param prefix the dotted path of the payment info in the command
   * @param errors where to record problems
   * @param now the current instant, for the mandate's signature date
   */
  public static void payment(@Nullable PaymentInfo payment, String prefix, FieldErrors errors, Instant now) {
    if (!errors.require(prefix, payment)) {
      return;
    }
    if (payment.billingAddress() != null) {
      address(errors, prefix + ".billingAddress", payment.billingAddress(), true, false);
    }
    int i = 0;
    for (String taxId : payment.taxIds()) {
      taxId(errors, prefix + ".taxIds[" + i++ + "]", taxId);
    }
    String details = prefix + ".details";
    // Java 17 has no pattern switch; the sealed hierarchy keeps this chain exhaustive by review.
    PaymentDetails method = payment.details();
    if (method instanceof PaymentDetails.CreditCard card) {
      text(errors, details + ".holderName", card.holderName(), true);
      text(errors, details + ".gatewayToken", card.gatewayToken(), true);
    } else if (method instanceof PaymentDetails.DirectDebit debit) {
      directDebit(debit, details, errors, now);
    }
  }

  private static void directDebit(PaymentDetails.DirectDebit debit, String prefix, FieldErrors errors, Instant now) {
    if (errors.requireText(prefix + ".mandateId", debit.mandateId())) {
      errors.check(
          MANDATE_ID.matcher(debit.mandateId()).matches(),
          prefix + ".mandateId",
          "must be 1 to 35 characters of the SEPA character set");
    }
    if (errors.require(prefix + ".signatureDate", debit.signatureDate())) {
      LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
      errors.check(
          !debit.signatureDate().isAfter(today), prefix + ".signatureDate", "must not be in the future");
    }
    if (errors.requireText(prefix + ".bic", debit.bic())) {
      try {
        BicUtil.validate(debit.bic().strip().toUpperCase(Locale.ROOT));
      } catch (Iban4jException e) {
        errors.add(prefix + ".bic", "invalid BIC");
      }
    }
    if (errors.requireText(prefix + ".iban", debit.iban())) {
      try {
        IbanUtil.validate(compactIban(debit.iban()));
      } catch (Iban4jException e) {
        // The message of iban4j may quote the IBAN: keep it out of the error, which may be logged.
        errors.add(prefix + ".iban", "invalid IBAN");
      }
    }
  }

  /**
   * Checks a tax identification number's form.
   *
   * @param errors where to record problems
   * @param field the dotted path of the tax id
   * @param taxId the tax id
   */
  public static void taxId(FieldErrors errors, String field, @Nullable String taxId) {
    if (errors.requireText(field, taxId)) {
      errors.check(TAX_ID.matcher(taxId).matches(), field, "must be 2 to 30 letters, digits, spaces, '.', '/' or '-'");
    }
  }

  /**
   * Checks each contact and that labels are unique among them.
   *
   * @param contacts the contacts
   * @param prefix the dotted path of the list in the command
   * @param errors where to record problems
   */
  public static void contacts(List<Contact> contacts, String prefix, FieldErrors errors) {
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < contacts.size(); i++) {
      Contact contact = contacts.get(i);
      String field = prefix + "[" + i + "]";
      contact(contact, field, errors);
      if (contact.label() != null && !labels.add(contact.label())) {
        errors.add(field + ".label", "duplicate label '" + contact.label() + "'");
      }
    }
  }

  /**
   * Checks one contact: label, names, email, optional phone and partial address.
   *
   * @param contact the contact, null when missing
   * @param prefix the dotted path of the contact in the command
   * @param errors where to record problems
   */
  public static void contact(@Nullable Contact contact, String prefix, FieldErrors errors) {
    if (!errors.require(prefix, contact)) {
      return;
    }
    if (errors.requireText(prefix + ".label", contact.label())) {
      errors.check(
          LABEL.matcher(contact.label()).matches(),
          prefix + ".label",
          "must be 1 to 40 letters, digits, '_', '.' or '-', starting with a letter or digit");
    }
    text(errors, prefix + ".firstName", contact.firstName(), true);
    text(errors, prefix + ".lastName", contact.lastName(), true);
    email(errors, prefix + ".email", contact.email(), true);
    phone(errors, prefix + ".phone", contact.phone(), false);
    text(errors, prefix + ".organisation", contact.organisation(), false);
    if (contact.address() != null) {
      address(errors, prefix + ".address", contact.address(), false, false);
    }
  }

  /**
   * Returns payment info in its stored form: IBAN without spaces and BIC upper-cased, so that equal
   * accounts compare equal. Call on valid payment info only.
   *
   * @param payment valid payment info
   * @return the normalised payment info
   */
  public static PaymentInfo normalise(PaymentInfo payment) {
    if (payment.details() instanceof PaymentDetails.DirectDebit debit
        && debit.iban() != null
        && debit.bic() != null) {
      PaymentDetails.DirectDebit compact =
          new PaymentDetails.DirectDebit(
              debit.mandateId(),
              debit.signatureDate(),
              debit.bic().strip().toUpperCase(Locale.ROOT),
              compactIban(debit.iban()));
      return new PaymentInfo(compact, payment.billingAddress(), payment.taxIds());
    }
    return payment;
  }

  /**
   * Returns the contact derived from account info when onboarding names none, labelled {@code primary}.
   *
   * @param account valid account info
   * @return the primary contact
   */
  public static Contact primaryContact(AccountInfo account) {
    return Contact.builder()
        .label(PRIMARY_CONTACT_LABEL)
        .firstName(account.firstName())
        .lastName(account.lastName())
        .email(account.email())
        .phone(account.phone())
        .organisation(account.organisation())
        .address(account.address())
        .build();
  }

  private static String compactIban(String iban) {
    return iban.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  private static void address(
      FieldErrors errors, String prefix, @Nullable Address address, boolean required, boolean stateRequired) {
    if (!errors.require(prefix, address)) {
      return;
    }
    text(errors, prefix + ".street", address.street(), required);
    text(errors, prefix + ".city", address.city(), required);
    text(errors, prefix + ".state", address.state(), stateRequired);
    text(errors, prefix + ".postalCode", address.postalCode(), false);
    String country = address.country();
    if (required ? errors.requireText(prefix + ".country", country) : country != null) {
      errors.check(
          COUNTRIES.contains(country), prefix + ".country", "must be an ISO 3166-1 alpha-2 code such as FR");
    }
  }

  private static void text(FieldErrors errors, String field, @Nullable String value, boolean required) {
    if (required && !errors.requireText(field, value)) {
      return;
    }
    if (value != null) {
      errors.check(value.length() <= MAX_TEXT, field, "must be at most " + MAX_TEXT + " characters");
    }
  }

  private static void email(FieldErrors errors, String field, @Nullable String value, boolean required) {
    if (required ? errors.requireText(field, value) : value != null) {
      errors.check(value.length() <= MAX_TEXT && EMAIL.matcher(value).matches(), field, "not an email address");
    }
  }

  private static void phone(FieldErrors errors, String field, @Nullable String value, boolean required) {
    if (required ? errors.requireText(field, value) : value != null) {
      errors.check(PHONE.matcher(value).matches(), field, "not a phone number");
    }
  }
}
