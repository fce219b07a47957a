/**
 * JMH benchmarks of the SDK's public API, the source of the figures in {@code docs/performance.md}. They
 * run from the shaded {@code benchmarks.jar}, never during the test build.
 */
@NullMarked
package org.monetization.benchmarks;

import org.jspecify.annotations.NullMarked;
