package org.monetization.notification;

/** What a notification reports. */
public enum NotificationType {
  /** The available amount of a resource fell to or below a threshold above zero. */
  THRESHOLD_REACHED,
  /** The available amount of a resource fell to zero or below, crossing a threshold of zero. */
  EXHAUSTED
}
