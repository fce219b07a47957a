/**
 * Machinery shared by every area's implementation and not part of the API: running a command in a
 * transaction with bounded optimistic-lock retries and publishing its events after commit, and the work
 * that spans areas (credit watching, sharing counters, taxation, deleting a purged account's data).
 */
@NullMarked
package org.monetization.internal;

import org.jspecify.annotations.NullMarked;
