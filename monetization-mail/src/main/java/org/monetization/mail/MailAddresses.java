package org.monetization.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.monetization.error.MonetizationException;
import org.monetization.spi.NotificationMessage;

/** Parses email addresses and resolves a message's recipients. Stateless. */
final class MailAddresses {
  private MailAddresses() {}

  /** Returns the address parsed strictly (RFC 822, with a domain), or empty if it is blank or invalid. */
  static Optional<InternetAddress> parse(@Nullable String address) {
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    try {
      InternetAddress parsed = new InternetAddress(address, true);
      parsed.validate();
      return Optional.of(parsed);
    } catch (AddressException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the message's recipients as the lookup gives them, parsed.
   *
   * @throws MonetizationException if the lookup gives no address or an invalid one; the message names the
   *     customer, not the address
   */
  static InternetAddress[] recipients(Function<NotificationMessage, List<String>> lookup, NotificationMessage message) {
    List<String> addresses = lookup.apply(message);
    if (addresses == null || addresses.isEmpty()) {
      throw new MonetizationException("email not sent: no recipient for customer " + message.customerId().value());
    }
    List<InternetAddress> parsed = new ArrayList<>();
    for (String address : addresses) {
      parsed.add(parse(address).orElseThrow(() -> new MonetizationException(
          "email not sent: an invalid recipient address for customer " + message.customerId().value())));
    }
    return parsed.toArray(InternetAddress[]::new);
  }
}
