package org.monetization.sharing;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.monetization.time.Validity;

/**
 * The owner's edit of a sharing group (BAL-8): any of name, status, validity and policy; an absent part is
 * kept. Cancelling is {@link Sharing#cancel}, not a status set here. Immutable; checked by {@link
 * Sharing#edit}.
 *
 * <pre>{@code
 * sharing.edit(SharingGroupChange.of(groupId).status(SharingStatus.SUSPENDED));
 * }</pre>
 *
 * @param groupId the group
 * @param name the new name, or null to keep it
 * @param status the new status ({@link SharingStatus#ACTIVE} or {@link SharingStatus#SUSPENDED}), or null
 * @param validity the new validity, or null to keep it
 * @param policy the new policy, or null to keep it
 */
public record SharingGroupChange(
    SharingGroupId groupId,
    @Nullable String name,
    @Nullable SharingStatus status,
    @Nullable Validity validity,
    @Nullable SharingPolicy policy) {

  /** Checks the group is named. */
  public SharingGroupChange {
    requireNonNull(groupId, "groupId");
  }

  /**
   * Returns the edit that changes nothing yet.
   *
   * @param groupId the group
   * @return the edit
   */
  public static SharingGroupChange of(SharingGroupId groupId) {
    return new SharingGroupChange(groupId, null, null, null, null);
  }

  /**
   * Returns a copy that renames the group.
   *
   * @param value the name
   * @return the copy
   */
  public SharingGroupChange name(String value) {
    return new SharingGroupChange(groupId, requireNonNull(value, "name"), status, validity, policy);
  }

  /**
   * Returns a copy that sets the status.
   *
   * @param value the status
   * @return the copy
   */
  public SharingGroupChange status(SharingStatus value) {
    return new SharingGroupChange(groupId, name, requireNonNull(value, "status"), validity, policy);
  }

  /**
   * Returns a copy that sets the validity.
   *
   * @param value the validity
   * @return the copy
   */
  public SharingGroupChange validity(Validity value) {
    return new SharingGroupChange(groupId, name, status, requireNonNull(value, "validity"), policy);
  }

  /**
   * Returns a copy that replaces the policy.
   *
   * @param value the policy
   * @return the copy
   */
  public SharingGroupChange policy(SharingPolicy value) {
    return new SharingGroupChange(groupId, name, status, validity, requireNonNull(value, "policy"));
  }
}
