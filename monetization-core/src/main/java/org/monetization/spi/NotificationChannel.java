package org.monetization.spi;

/**
 * Sends notifications to one destination kind (CFG-8: email, SMS, a webhook). The host registers channels
 * with {@code Monetization.builder().notificationChannel(...)}; credit profiles name them. The SDK calls
 * {@link #send} after the command that recorded the notification committed, never inside a transaction:
 * once per notification and channel when all goes well, again when the resend job
 * ({@code Notifications.redeliver}) retries a failed attempt, and again after a process stopped between a
 * send this channel accepted and the recording of that outcome. Delivery is at least once: a receiver
 * that must not act twice deduplicates on the notification's id and the channel name. Implementations are
 * thread-safe and return or throw well within the SDK's delivery lease
 * ({@code Monetization.Builder.deliveryLease}); a failure is thrown as an unchecked exception, which the
 * SDK logs and records as a failed delivery without disturbing the command.
 *
 * <pre>{@code
 * NotificationChannel sms = new NotificationChannel() {
 *   public String name() { return "sms"; }
 *   public void send(NotificationMessage message) { gateway.text(phoneOf(message.customerId()), text(message)); }
 * };
 * }</pre>
 */
public interface NotificationChannel {

  /** Returns the name credit profiles use for this channel: unique among the registered channels, not blank. */
  String name();

  /**
   * Sends one notification.
   *
   * @param message what to send
   * @throws RuntimeException if the notification could not be delivered; the message should not quote
   *     secrets (credentials, tokens) of the destination
   */
  void send(NotificationMessage message);
}
