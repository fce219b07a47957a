/**
 * Ports that a host application or an adapter implements: storage ({@link org.monetization.spi.Store}
 * with one repository per aggregate and a transaction boundary) and the domain event listener. Payment
 * gateways, notification channels, tax providers and the other ports of later areas join them here.
 *
 * <p>Storage adapters prove their conformance by running the abstract contract classes of core's
 * test-jar ({@code StoreContract} and friends).
 */
@NullMarked
package org.monetization.spi;

import org.jspecify.annotations.NullMarked;
