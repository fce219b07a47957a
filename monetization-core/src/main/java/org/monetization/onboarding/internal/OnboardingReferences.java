package org.monetization.onboarding.internal;

/**
 * What the optional onboarding sections refer to in other areas: sharing and hierarchy groups, and plans.
 * Each area that lands contributes its lookup; until then, nothing exists to be referenced and a section
 * naming something is rejected as unknown, which is exactly what the store holds.
 */
interface OnboardingReferences {

  /** References when no sharing, hierarchy or catalog area is configured: nothing can be found. */
  OnboardingReferences NONE =
      new OnboardingReferences() {
        @Override
        public boolean sharingGroupExists(long groupId) {
          return false;
        }

        @Override
        public boolean hierarchyGroupExists(long groupId) {
          return false;
        }

        @Override
        public boolean planExists(String planCode) {
          return false;
        }
      };

  boolean sharingGroupExists(long groupId);

  boolean hierarchyGroupExists(long groupId);

  boolean planExists(String planCode);
}
