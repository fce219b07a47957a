/**
 * Examples of embedding the Monetization SDK in a host application. The runnable demo lives in
 * {@link org.monetization.examples.demo}; the README's embedding example is kept compiling and passing as a
 * test of this module.
 */
@NullMarked
package org.monetization.examples;

import org.jspecify.annotations.NullMarked;
