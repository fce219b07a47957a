/**
 * Implementation of the JPA store: entities and their mapping to core's records, the repositories, the
 * thread-bound transactions, the translation of storage failures into core's exceptions, and the schema
 * migrations. Not API: only {@code org.monetization.jpa} uses it.
 */
@NullMarked
package org.monetization.jpa.internal;

import org.jspecify.annotations.NullMarked;
