package org.monetization.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.monetization.spi.NotificationChannel;
import org.monetization.spi.NotificationMessage;

/**
 * A notification channel that keeps what it accepted, counts every call, and can be told to fail. Thread-safe.
 */
public final class RecordingChannel implements NotificationChannel {
  private final String name;
  private final List<NotificationMessage> sent = Collections.synchronizedList(new ArrayList<>());
  private volatile @Nullable RuntimeException failure;
  private final AtomicInteger calls = new AtomicInteger();
  private volatile Runnable onSend = () -> {};

  /** Creates a channel registered under the name. */
  public RecordingChannel(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void send(NotificationMessage message) {
    calls.incrementAndGet();
    onSend.run();
    RuntimeException fail = failure;
    if (fail != null) {
      throw fail;
    }
    sent.add(message);
  }

  /** Makes every later send throw the exception; null sends again. */
  public void failWith(@Nullable RuntimeException exception) {
    failure = exception;
  }

  /** Runs the action at the start of every send. */
  public void onSend(Runnable action) {
    onSend = action;
  }

  /** Returns how many times {@link #send} was called, failed calls included. */
  public int calls() {
    return calls.get();
  }

  /** Returns the messages sent so far, in order. */
  public List<NotificationMessage> sent() {
    synchronized (sent) {
      return List.copyOf(sent);
    }
  }
}
