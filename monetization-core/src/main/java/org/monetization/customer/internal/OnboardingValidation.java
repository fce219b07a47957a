package org.monetization.customer.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.monetization.customer.HierarchySection;
import org.monetization.customer.ProductChoice;
import org.monetization.customer.SharingSection;
import org.monetization.customer.SubscriptionSection;
import org.monetization.error.FieldErrors;

/** Field rules of the optional onboarding sections: sharing, hierarchy and subscription (CUS-5). */
final class OnboardingValidation {
  private OnboardingValidation() {}

  static void sharing(@Nullable SharingSection section, OnboardingReferences references, FieldErrors errors) {
    if (section != null
        && errors.check(section.groupId() > 0, "sharing.groupId", "must be positive")) {
      errors.check(
          references.sharingGroupExists(section.groupId()),
          "sharing.groupId",
          "unknown sharing group " + section.groupId());
    }
  }

  static void hierarchy(
      @Nullable HierarchySection section, OnboardingReferences references, FieldErrors errors) {
    if (section != null
        && errors.check(section.groupId() > 0, "hierarchy.groupId", "must be positive")) {
      errors.check(
          references.hierarchyGroupExists(section.groupId()),
          "hierarchy.groupId",
          "unknown hierarchy group " + section.groupId());
    }
  }

  static void subscription(
      @Nullable SubscriptionSection section, OnboardingReferences references, FieldErrors errors) {
    if (section == null) {
      return;
    }
    errors.require("subscription.paymentType", section.paymentType());
    errors.require("subscription.currency", section.currency());
    errors.require("subscription.interval", section.interval());
    errors.check(
        section.billingDay() >= 1 && section.billingDay() <= 31,
        "subscription.billingDay",
        "must be between 1 and 31");
    if (errors.requireText("subscription.planCode", section.planCode())) {
      errors.check(
          references.planExists(section.planCode()),
          "subscription.planCode",
          "unknown plan '" + section.planCode() + "'");
    }
    if (section.globalServiceIdentifier() != null) {
      errors.requireText("subscription.globalServiceIdentifier", section.globalServiceIdentifier());
    }
    for (int i = 0; i < section.promotionCodes().size(); i++) {
      errors.requireText("subscription.promotionCodes[" + i + "]", section.promotionCodes().get(i));
    }
    List<ProductChoice> products = section.products();
    for (int i = 0; i < products.size(); i++) {
      product(products.get(i), "subscription.products[" + i + "]", errors);
    }
  }

  private static void product(ProductChoice choice, String prefix, FieldErrors errors) {
    errors.requireText(prefix + ".bundleCode", choice.bundleCode());
    errors.requireText(prefix + ".productCode", choice.productCode());
    if (choice.quantity() != null) {
      errors.check(choice.quantity().signum() >= 0, prefix + ".quantity", "must not be negative");
    }
    if (choice.value() != null) {
      errors.check(!choice.value().isNegative(), prefix + ".value", "must not be negative");
    }
    if (choice.serviceIdentifier() != null) {
      errors.requireText(prefix + ".serviceIdentifier", choice.serviceIdentifier());
    }
  }
}
