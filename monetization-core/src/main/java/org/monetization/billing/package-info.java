/**
 * Billing (SPEC section 6). This version holds the billing profile created at onboarding (BIL-1) and the
 * calendar of billing cycles (CFG-9, BIL-7) with day-based proration; bills and bill runs come later.
 */
@NullMarked
package org.monetization.billing;

import org.jspecify.annotations.NullMarked;
