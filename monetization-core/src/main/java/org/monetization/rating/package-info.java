/**
 * Real-time rating (BAL-6, BAL-7): usage events are priced by the tariff of the subscription's product for
 * their service, consume free units then money from their balance group, and are stored once per event id.
 * Everything is a batch; a single event is a batch of one.
 */
@NullMarked
package org.monetization.rating;

import org.jspecify.annotations.NullMarked;
