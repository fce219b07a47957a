/** Implementation of {@link org.monetization.onboarding.Onboarding}. */
@NullMarked
package org.monetization.onboarding.internal;

import org.jspecify.annotations.NullMarked;
