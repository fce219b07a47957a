package org.monetization.spi;

import java.util.List;
import org.monetization.rating.RatedEvent;
import org.monetization.subscription.SubscriptionId;

/**
 * The rated events of a run of {@link org.monetization.rating.UsageColumns}, as rating hands them to
 * {@link UsageEventRepository#insertAll(List)}: one stream's events with consecutive sequence numbers, of
 * one service and subscription, each built as a {@link RatedEvent} only when read. A store may insert them
 * as any other list, or keep the run as it is and build an event when one is asked for: its columns cost a
 * few bytes per event where the events cost hundreds. Immutable once handed to the store.
 */
public interface RatedStreamRun extends List<RatedEvent> {

  /**
   * Returns the key of a service's stream, which its events' ids begin with:
   * {@code <serviceIdentifier>/<serviceType>/<stream>}. A stream's sequence numbers are the service's.
   *
   * @param serviceIdentifier the service
   * @param serviceType its service type
   * @param stream the stream's name
   * @return the key
   */
  static String key(String serviceIdentifier, String serviceType, String stream) {
    return serviceIdentifier + "/" + serviceType + "/" + stream;
  }

  /**
   * Returns the id of a stream's event: {@code <streamKey>#<sequence>}.
   *
   * @param streamKey the stream's key, from {@link #key}
   * @param sequence the event's sequence number
   * @return the id
   */
  static String id(String streamKey, long sequence) {
    return streamKey + "#" + sequence;
  }

  /** Returns the stream's key, from {@link #key}. */
  String streamKey();

  /** Returns the sequence number of the first event, whose id is {@code id(streamKey(), firstSequence())}. */
  long firstSequence();

  /** Returns the service every event was reported for. */
  String serviceIdentifier();

  /** Returns the subscription whose product rated every event. */
  SubscriptionId subscriptionId();

  /**
   * Returns when an event started, without building it.
   *
   * @param index the event's index in the run
   * @return milliseconds since the epoch
   */
  long startTimeMillis(int index);
}
