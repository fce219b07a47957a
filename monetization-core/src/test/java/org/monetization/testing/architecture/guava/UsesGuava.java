package org.monetization.testing.architecture.guava;

import com.google.common.collect.ImmutableList;

/** Architecture fixture: stands for a dependency on a forbidden framework. */
public final class UsesGuava {
  /** Returns a list. */
  public ImmutableList<String> list() {
    return ImmutableList.of("a");
  }
}
