package org.monetization.onboarding.internal;

import org.jspecify.annotations.Nullable;
import org.monetization.config.BillingInterval;
import org.monetization.error.FieldErrors;
import org.monetization.onboarding.HierarchySection;
import org.monetization.onboarding.SharingSection;
import org.monetization.onboarding.SubscriptionSection;

/** Field rules of the optional onboarding sections: sharing, hierarchy and the billing part of subscription. */
final class OnboardingValidation {
  private OnboardingValidation() {}

  static void sharing(@Nullable SharingSection section, OnboardingReferences references, FieldErrors errors) {
    if (section != null && errors.check(section.groupId() > 0, "sharing.groupId", "must be positive")) {
      errors.check(
          references.sharingGroupExists(section.groupId()),
          "sharing.groupId",
          "unknown sharing group " + section.groupId());
    }
  }

  static void hierarchy(
      @Nullable HierarchySection section, OnboardingReferences references, FieldErrors errors) {
    if (section != null && errors.check(section.groupId() > 0, "hierarchy.groupId", "must be positive")) {
      errors.check(
          references.hierarchyGroupExists(section.groupId()),
          "hierarchy.groupId",
          "unknown hierarchy group " + section.groupId());
    }
  }

  /** The billing profile fields of the subscription section; the subscription itself is quoted separately. */
  static void billing(SubscriptionSection section, FieldErrors errors) {
    errors.require("subscription.paymentType", section.paymentType());
    errors.require("subscription.currency", section.currency());
    errors.require("subscription.interval", section.interval());
    int max = section.interval() == BillingInterval.WEEKLY ? 7 : 31;
    errors.check(
        section.billingDay() >= 1 && section.billingDay() <= max,
        "subscription.billingDay",
        "must be between 1 and " + max);
  }
}
