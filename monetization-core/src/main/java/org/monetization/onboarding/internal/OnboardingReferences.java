package org.monetization.onboarding.internal;

/**
 * The groups the optional sharing and hierarchy sections refer to. The sharing and hierarchy areas
 * contribute their lookups when they land; until then no group exists, and a section naming one is
 * rejected as unknown, which is exactly what the store holds.
 */
interface OnboardingReferences {

  /** References when no sharing or hierarchy area is configured: no group can be found. */
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
      };

  boolean sharingGroupExists(long groupId);

  boolean hierarchyGroupExists(long groupId);
}
