/**
 * The demo host application: a command-line program that drives the SDK through its public API and prints
 * what it did. {@link org.monetization.examples.demo.Demo} is the entry point; each chapter (customers,
 * catalog and subscriptions, rating today; billing later) contributes
 * {@link org.monetization.examples.demo.DemoStep}s that run against a shared
 * {@link org.monetization.examples.demo.DemoContext}.
 */
@NullMarked
package org.monetization.examples.demo;

import org.jspecify.annotations.NullMarked;
