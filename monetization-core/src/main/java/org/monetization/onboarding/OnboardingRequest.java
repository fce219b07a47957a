package org.monetization.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Contact;
import org.monetization.customer.CustomerRules;
import org.monetization.customer.PaymentInfo;

/**
 * The one command that onboards a customer (CUS-5), made of its six sections: account info, payment info,
 * optional sharing and hierarchy memberships, an optional subscription, and extra contacts. Submitted with
 * {@link Onboarding#submit}, it creates everything or nothing; {@link Onboarding#preview} is the summary
 * (dry run) of the same request. Immutable.
 *
 * <p>Without explicit contacts, a contact labelled {@value #PRIMARY_CONTACT_LABEL} is derived from the
 * account info, so that every customer has at least one contact.
 *
 * @param account the account section (required)
 * @param payment the payment section (required)
 * @param contacts contacts to create; empty to derive the primary contact from the account
 * @param sharing the sharing group to join, if any
 * @param hierarchy the hierarchy group to join, if any
 * @param subscription the subscription to create, if any
 */
public record OnboardingRequest(
    @Nullable AccountInfo account,
    @Nullable PaymentInfo payment,
    List<Contact> contacts,
    @Nullable SharingSection sharing,
    @Nullable HierarchySection hierarchy,
    @Nullable SubscriptionSection subscription) {

  /** The label of the contact derived from the account info when the request names no contact. */
  public static final String PRIMARY_CONTACT_LABEL = CustomerRules.PRIMARY_CONTACT_LABEL;

  /** Copies the contacts. */
  public OnboardingRequest {
    contacts = List.copyOf(contacts);
  }

  /** Returns a builder with no section set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the sharing section, if present. */
  public Optional<SharingSection> sharingSection() {
    return Optional.ofNullable(sharing);
  }

  /** Returns the hierarchy section, if present. */
  public Optional<HierarchySection> hierarchySection() {
    return Optional.ofNullable(hierarchy);
  }

  /** Returns the subscription section, if present. */
  public Optional<SubscriptionSection> subscriptionSection() {
    return Optional.ofNullable(subscription);
  }

  /** Builds an {@link OnboardingRequest}. Not thread-safe. */
  public static final class Builder {
    private @Nullable AccountInfo account;
    private @Nullable PaymentInfo payment;
    private final List<Contact> contacts = new ArrayList<>();
    private @Nullable SharingSection sharing;
    private @Nullable HierarchySection hierarchy;
    private @Nullable SubscriptionSection subscription;

    private Builder() {}

    /**
     * Sets the account section.
     *
     * @param value the account info
     * @return this builder
     */
    public Builder account(AccountInfo value) {
      this.account = value;
      return this;
    }

    /**
     * Sets the payment section.
     *
     * @param value the payment info
     * @return this builder
     */
    public Builder payment(PaymentInfo value) {
      this.payment = value;
      return this;
    }

    /**
     * Adds a contact.
     *
     * @param value the contact
     * @return this builder
     */
    public Builder contact(Contact value) {
      contacts.add(value);
      return this;
    }

    /**
     * Sets the sharing section.
     *
     * @param value the sharing group to join
     * @return this builder
     */
    public Builder sharing(@Nullable SharingSection value) {
      this.sharing = value;
      return this;
    }

    /**
     * Sets the hierarchy section.
     *
     * @param value the hierarchy group to join
     * @return this builder
     */
    public Builder hierarchy(@Nullable HierarchySection value) {
      this.hierarchy = value;
      return this;
    }

    /**
     * Sets the subscription section.
     *
     * @param value the subscription to create
     * @return this builder
     */
    public Builder subscription(@Nullable SubscriptionSection value) {
      this.subscription = value;
      return this;
    }

    /** Returns the request; validation happens when it is previewed or submitted. */
    public OnboardingRequest build() {
      return new OnboardingRequest(account, payment, contacts, sharing, hierarchy, subscription);
    }
  }
}
