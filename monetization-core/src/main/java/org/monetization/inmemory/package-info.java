/**
 * The embedded default store: every aggregate held in memory, thread-safe, with real transactions (a
 * command that fails leaves no trace). For tests, demos and small deployments; data does not survive the
 * JVM.
 */
@NullMarked
package org.monetization.inmemory;

import org.jspecify.annotations.NullMarked;
