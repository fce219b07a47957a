package org.monetization.sharing;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a sharing group shares and how (BAL-8): the resources whose owner balances members may consume,
 * an optional cap per member and billing cycle of the owner for each of them, and whether a member
 * consumes its own balances or the shared ones first. Immutable; the values are checked by the command
 * that stores the policy.
 *
 * <pre>{@code
 * SharingPolicy policy = SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB")
 *     .withCap("DATA_MB", new BigDecimal("500"));   // each member draws at most 500 MB a cycle
 * }</pre>
 *
 * @param resources the codes of the shared resources, sorted
 * @param capsPerCycle the most a member may draw from the shared balances of a resource in one billing
 *     cycle of the owner, by resource code, sorted; a shared resource without a cap is uncapped
 * @param priority which balances a member consumes first
 */
public record SharingPolicy(Set<String> resources, Map<String, BigDecimal> capsPerCycle, SharingPriority priority) {

  /** Checks the parts are present and copies the collections in code order. */
  public SharingPolicy {
    requireNonNull(priority, "priority");
    resources = Collections.unmodifiableSortedSet(new TreeSet<>(resources));
    capsPerCycle = Collections.unmodifiableSortedMap(new TreeMap<>(capsPerCycle));
  }

  /**
   * Returns the uncapped policy sharing the resources.
   *
   * @param priority which balances a member consumes first
   * @param resources the codes of the shared resources
   * @return the policy
   */
  public static SharingPolicy of(SharingPriority priority, String... resources) {
    return new SharingPolicy(Set.of(resources), Map.of(), priority);
  }

  /**
   * Returns a copy where each member may draw at most {@code cap} of the resource per billing cycle.
   *
   * @param resource a shared resource's code
   * @param cap the cap, at the resource's scale
   * @return the copy
   */
  public SharingPolicy withCap(String resource, BigDecimal cap) {
    Map<String, BigDecimal> caps = new TreeMap<>(capsPerCycle);
    caps.put(requireNonNull(resource, "resource"), requireNonNull(cap, "cap"));
    return new SharingPolicy(resources, caps, priority);
  }

  /**
   * Returns whether members may consume the owner's balances of the resource.
   *
   * @param resource the resource code
   * @return true if it is shared
   */
  public boolean shares(String resource) {
    return resources.contains(resource);
  }

  /**
   * Returns the cap per member and cycle of a resource.
   *
   * @param resource the resource code
   * @return the cap, empty when uncapped
   */
  public Optional<BigDecimal> cap(String resource) {
    return Optional.ofNullable(capsPerCycle.get(resource));
  }
}
