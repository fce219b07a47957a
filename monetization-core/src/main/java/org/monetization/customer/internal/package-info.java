/** Implementation of {@link org.monetization.customer.Customers}: validation rules, commands, export, purge. */
@NullMarked
package org.monetization.customer.internal;

import org.jspecify.annotations.NullMarked;
