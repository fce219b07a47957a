package org.monetization.spi;

/**
 * Sends notifications to one destination kind (CFG-8: email, SMS, a webhook). The host registers channels
 * with {@code Monetization.builder().notificationChannel(...)}; credit profiles name them. The SDK calls
 * {@link #send} after the command that recorded the notification committed, never inside its transaction,
 * once per notification and channel. Implementations are thread-safe; a failure is thrown as an unchecked
 * exception, which the SDK logs and records as a failed delivery without disturbing the command.
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
