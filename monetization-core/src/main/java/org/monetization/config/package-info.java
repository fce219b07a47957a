/**
 * Business configuration the other areas refer to: customer types (CFG-1), custom attribute definitions
 * (CFG-2), resources that balances hold with their scale and consumption order (CFG-3), service types
 * (CFG-4) and intervals (CFG-9).
 */
@NullMarked
package org.monetization.config;

import org.jspecify.annotations.NullMarked;
