package org.monetization.notification;

import static java.util.Objects.requireNonNull;

import java.math.RoundingMode;
import java.util.function.Function;
import org.monetization.customer.CustomerId;
import org.monetization.spi.NotificationChannel;
import org.monetization.spi.NotificationMessage;

/**
 * An example SMS channel (CFG-8): SMS stays a port the host implements over its SMS gateway. This one turns
 * a notification into a short French text and hands it to a gateway function with the customer's phone
 * number, found by the host (for instance from the customer's primary contact).
 */
final class SmsChannelExample implements NotificationChannel {

  /** The host's SMS gateway. */
  interface SmsGateway {
    void text(String phoneNumber, String body);
  }

  private final SmsGateway gateway;
  private final Function<CustomerId, String> phoneOf;

  SmsChannelExample(SmsGateway gateway, Function<CustomerId, String> phoneOf) {
    this.gateway = requireNonNull(gateway);
    this.phoneOf = requireNonNull(phoneOf);
  }

  @Override
  public String name() {
    return "sms";
  }

  @Override
  public void send(NotificationMessage message) {
    Notification notification = message.notification();
    String left = notification.value().max(java.math.BigDecimal.ZERO).setScale(0, RoundingMode.DOWN).toPlainString();
    String body = notification.type() == NotificationType.EXHAUSTED
        ? "Votre solde " + notification.resource() + " est épuisé."
        : "Il vous reste " + left + " " + notification.resource() + ".";
    gateway.text(phoneOf.apply(message.customerId()), body);
  }
}
