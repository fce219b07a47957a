/**
 * Entry point of the Monetization SDK: {@link org.monetization.Monetization} assembles the services of
 * every business area over a storage adapter, a clock and optional ports.
 */
@NullMarked
package org.monetization;

import org.jspecify.annotations.NullMarked;
