/**
 * Sharing groups (BAL-8): an owner shares resources of one of its subscriptions with member
 * subscriptions, which draw on the owner's balances in real time, as the group's {@link
 * org.monetization.sharing.SharingPolicy} allows (which resources, a cap per member and billing cycle,
 * the member's own balances or the shared ones first). Rating reads the groups through the storage port;
 * it never transfers charges (that is a hierarchy's job): a member's postpaid charges stay on its own
 * balance group.
 */
@NullMarked
package org.monetization.sharing;

import org.jspecify.annotations.NullMarked;
