package org.monetization.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.monetization.balance.BalanceGroupId;
import org.monetization.inmemory.InMemoryStore;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;
import org.monetization.spi.NotificationRepository;
import org.monetization.spi.Store;

/**
 * An in-memory store that runs an action after each selection of the resend job ({@code redeliverable})
 * returned, outside any transaction, before the job claims anything: where a test holds a job that has seen
 * deliveries as due, so that another sender claims them first.
 */
public final class SelectionHookStore extends ForwardingStore {
  private final NotificationRepository notifications;
  private volatile Runnable afterSelection = () -> {};

  /** Creates the store over a new in-memory store. */
  public SelectionHookStore() {
    this(InMemoryStore.create());
  }

  private SelectionHookStore(Store delegate) {
    super(delegate, delegate.customers());
    NotificationRepository repository = delegate.notifications();
    this.notifications = new NotificationRepository() {
      @Override
      public long nextId() {
        return repository.nextId();
      }

      @Override
      public void insert(Notification notification) {
        repository.insert(notification);
      }

      @Override
      public Optional<Notification> find(long id) {
        return repository.find(id);
      }

      @Override
      public List<Notification> ofGroup(BalanceGroupId groupId) {
        return repository.ofGroup(groupId);
      }

      @Override
      public void insertDelivery(NotificationDelivery delivery) {
        repository.insertDelivery(delivery);
      }

      @Override
      public List<NotificationDelivery> deliveries(long notificationId) {
        return repository.deliveries(notificationId);
      }

      @Override
      public List<NotificationDelivery> redeliverable(Instant pendingBefore, Instant now, int maxAttempts, int limit) {
        List<NotificationDelivery> due = repository.redeliverable(pendingBefore, now, maxAttempts, limit);
        afterSelection.run();
        return due;
      }

      @Override
      public boolean claim(NotificationDelivery seen, NotificationDelivery claimed) {
        return repository.claim(seen, claimed);
      }

      @Override
      public boolean recordOutcome(NotificationDelivery outcome) {
        return repository.recordOutcome(outcome);
      }

      @Override
      public int expire(Instant recordedBefore, Instant now, int maxAttempts, String reason) {
        return repository.expire(recordedBefore, now, maxAttempts, reason);
      }

      @Override
      public int deleteOfGroup(BalanceGroupId groupId) {
        return repository.deleteOfGroup(groupId);
      }
    };
  }

  /** Runs the action after every later selection of the resend job, in the job's thread. */
  public void afterSelection(Runnable action) {
    afterSelection = action;
  }

  @Override
  public NotificationRepository notifications() {
    return notifications;
  }
}
