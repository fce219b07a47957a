/**
 * Business configuration the other areas refer to: customer types (CFG-1) and custom attribute
 * definitions (CFG-2). Later: resources, service types and intervals.
 */
@NullMarked
package org.monetization.config;

import org.jspecify.annotations.NullMarked;
