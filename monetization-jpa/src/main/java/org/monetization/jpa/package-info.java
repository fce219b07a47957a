/**
 * The Jakarta Persistence storage adapter: {@link org.monetization.jpa.JpaStore} keeps every aggregate of
 * the SDK in a relational database (H2, PostgreSQL or MariaDB) through Hibernate ORM, with a schema that
 * Flyway migrations create and evolve. Pass it to {@code Monetization.builder().store(...)}.
 */
@NullMarked
package org.monetization.jpa;

import org.jspecify.annotations.NullMarked;
