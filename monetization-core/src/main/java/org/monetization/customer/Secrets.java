package org.monetization.customer;

import org.jspecify.annotations.Nullable;

/** Masks secrets for display: only the last four characters survive. */
final class Secrets {
  private Secrets() {}

  static String mask(@Nullable String secret) {
    if (secret == null) {
      return "null";
    }
    String compact = secret.replace(" ", "");
    return compact.length() <= 4 ? "****" : "****" + compact.substring(compact.length() - 4);
  }
}
