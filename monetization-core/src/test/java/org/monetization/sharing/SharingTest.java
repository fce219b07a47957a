package org.monetization.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.monetization.config.PaymentType;
import org.monetization.error.ConflictException;
import org.monetization.error.FieldError;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;
import org.monetization.subscription.SubscribeRequest;
import org.monetization.subscription.SubscriptionId;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RatingTestBed.Line;
import org.monetization.time.Validity;

/** The sharing commands (BAL-8): the owner's and the member's, their validation and their events. */
class SharingTest {
  private final RatingTestBed bed = new RatingTestBed();
  private final Sharing sharing = bed.sdk.sharing();
  private final Line owner = bed.onboard("Martin", "+33600000001", PaymentType.POSTPAID);
  private final Line child = bed.onboard("Durand", "+33600000002", PaymentType.POSTPAID);

  private SharingGroup family() {
    SharingGroup group = sharing.create(NewSharingGroup.of(owner.subscriptionId(), "Family",
        SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB").withCap("DATA_MB", new BigDecimal("500"))));
    bed.listener.clear();
    return group;
  }

  private static void assertConflict(Runnable command, ConflictException.Reason reason) {
    assertThatThrownBy(command::run).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private static void assertFields(Runnable command, String... fields) {
    assertThatThrownBy(command::run).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(fields));
  }

  @Test
  void theOwnerCreatesAGroupOnASubscriptionValidFromNow() {
    SharingGroup group = sharing.create(NewSharingGroup.of(owner.subscriptionId(), "  Family ",
        SharingPolicy.of(SharingPriority.SHARED_FIRST, "DATA_MB", "EUR")));

    assertThat(group.ownerId()).isEqualTo(owner.onboarded().customer().id());
    assertThat(group.ownerSubscriptionId()).isEqualTo(owner.subscriptionId());
    assertThat(group.ownerGroupId()).isEqualTo(owner.groupId());
    assertThat(group.name()).isEqualTo("Family");
    assertThat(group.validity()).isEqualTo(Validity.from(RatingTestBed.NOW));
    assertThat(group.status()).isEqualTo(SharingStatus.ACTIVE);
    assertThat(group.members()).isEmpty();
    assertThat(sharing.find(group.id())).contains(group);
    assertThat(sharing.ofOwner(owner.onboarded().customer().id())).containsExactly(group);
    assertThat(bed.listener.events()).containsExactly(new SharingEvent.Created(group.id(), group, RatingTestBed.NOW));
  }

  @Test
  void aBadGroupIsRejectedNamingEveryFieldAndNothingIsStored() {
    SharingPolicy policy = new SharingPolicy(Set.of("DATA_MB", "GOLD"),
        Map.of("DATA_MB", new BigDecimal("-1"), "SMS", BigDecimal.TEN), SharingPriority.OWN_FIRST);
    NewSharingGroup request = new NewSharingGroup(owner.subscriptionId(), " ",
        Validity.between(RatingTestBed.NOW.minusSeconds(7200), RatingTestBed.NOW.minusSeconds(3600)), policy,
        SharingStatus.CANCELLED);

    assertFields(() -> sharing.create(request), "name", "status", "policy.resources", "policy.capsPerCycle.DATA_MB",
        "policy.capsPerCycle.SMS", "validity");
    assertFields(() -> sharing.create(NewSharingGroup.of(owner.subscriptionId(), "x".repeat(101),
        new SharingPolicy(Set.of(), Map.of(), SharingPriority.OWN_FIRST))), "name", "policy.resources");
    assertFields(() -> sharing.create(NewSharingGroup.of(owner.subscriptionId(), "Family",
        SharingPolicy.of(SharingPriority.OWN_FIRST, "EUR").withCap("EUR", new BigDecimal("0.00001")))),
        "policy.capsPerCycle.EUR");
    assertThat(sharing.ofOwner(owner.onboarded().customer().id())).isEmpty();
    assertThat(bed.listener.events()).isEmpty();
  }

  @Test
  void aGroupNeedsAnExistingActiveSubscriptionOfAnOpenAccount() {
    SharingPolicy policy = SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB");
    assertThatThrownBy(() -> sharing.create(NewSharingGroup.of(new SubscriptionId(999), "Family", policy)))
        .isInstanceOf(NotFoundException.class);
    bed.sdk.subscriptions().cancel(child.subscriptionId());

    assertConflict(() -> sharing.create(NewSharingGroup.of(child.subscriptionId(), "Family", policy)),
        ConflictException.Reason.ILLEGAL_STATE);
    assertThat(sharing.ofOwner(child.onboarded().customer().id())).isEmpty();
  }

  @Test
  void aSubscriptionJoinsAGroupFoundByItsOwnersName() {
    SharingGroup group = family();

    List<JoinableGroup> found = sharing.search("lucie mar");
    SharingGroup joined = sharing.join(JoinRequest.of(found.get(0).group().id(), child.subscriptionId()));

    assertThat(found).containsExactly(new JoinableGroup(group, owner.onboarded().customer().id(), "Lucie Martin"));
    SharingMember member = new SharingMember(child.subscriptionId(), child.onboarded().customer().id(), child.groupId(),
        Validity.from(RatingTestBed.NOW), MemberStatus.ACTIVE, RatingTestBed.NOW);
    assertThat(joined.members()).containsExactly(member);
    assertThat(joined.version()).isEqualTo(group.version() + 1);
    assertThat(sharing.membership(child.subscriptionId())).contains(joined);
    assertThat(bed.listener.events()).containsExactly(new SharingEvent.Joined(group.id(), member, RatingTestBed.NOW));
  }

  @Test
  void theSearchListsOnlyActiveGroupsInForceOfOpenAccounts() {
    SharingGroup active = family();
    SharingGroup suspended = sharing.create(new NewSharingGroup(owner.subscriptionId(), "Paused", null,
        SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB"), SharingStatus.SUSPENDED));
    SharingGroup later = sharing.create(NewSharingGroup.of(owner.subscriptionId(), "Later",
        SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB")).withValidity(Validity.from(RatingTestBed.NOW.plusSeconds(60))));

    assertThat(sharing.search("MARTIN")).extracting(j -> j.group().id()).containsExactly(active.id());
    assertThat(sharing.search("Durand")).isEmpty();
    assertFields(() -> sharing.search(" x "), "ownerFullName");
    assertThat(List.of(suspended.status(), later.status())).containsOnly(SharingStatus.SUSPENDED, SharingStatus.ACTIVE);
  }

  @Test
  void aJoinThatCannotBeHonouredChangesNothing() {
    SharingGroup group = family();
    Line sameGroup = owner; // the owner's own subscription
    assertFields(() -> sharing.join(JoinRequest.of(group.id(), sameGroup.subscriptionId())), "memberSubscriptionId");
    assertThatThrownBy(() -> sharing.join(JoinRequest.of(new SharingGroupId(77), child.subscriptionId())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> sharing.join(JoinRequest.of(group.id(), new SubscriptionId(999))))
        .isInstanceOf(NotFoundException.class);
    assertFields(() -> sharing.join(new JoinRequest(group.id(), child.subscriptionId(),
        Validity.between(RatingTestBed.NOW.minusSeconds(10), RatingTestBed.NOW))), "validity");

    sharing.join(JoinRequest.of(group.id(), child.subscriptionId()));
    SharingGroup other = sharing.create(NewSharingGroup.of(owner.subscriptionId(), "Other",
        SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB")));
    bed.listener.clear();
    assertConflict(() -> sharing.join(JoinRequest.of(other.id(), child.subscriptionId())), ConflictException.Reason.DUPLICATE);
    assertConflict(() -> sharing.join(JoinRequest.of(group.id(), child.subscriptionId())), ConflictException.Reason.DUPLICATE);

    assertThat(sharing.find(other.id()).orElseThrow().members()).isEmpty();
    assertThat(sharing.find(group.id()).orElseThrow().members()).hasSize(1);
    assertThat(bed.listener.events()).isEmpty();
  }

  @Test
  void aSecondSubscriptionOnTheOwnersBalanceGroupCannotJoin() {
    SharingGroup group = family();
    SubscriptionId second = bed.sdk.subscriptions().subscribe(SubscribeRequest.builder(
        owner.onboarded().customer().id(), owner.groupId(), "MOBILE_S").globalServiceIdentifier("+33600000009").build())
        .id();

    assertFields(() -> sharing.join(JoinRequest.of(group.id(), second)), "memberSubscriptionId");
    assertThat(sharing.membership(second)).isEmpty();
  }

  @Test
  void noSubscriptionJoinsASuspendedCancelledOrExpiredGroup() {
    SharingGroup group = family();
    sharing.edit(SharingGroupChange.of(group.id()).status(SharingStatus.SUSPENDED));
    assertConflict(() -> sharing.join(JoinRequest.of(group.id(), child.subscriptionId())),
        ConflictException.Reason.ILLEGAL_STATE);

    sharing.edit(SharingGroupChange.of(group.id()).status(SharingStatus.ACTIVE)
        .validity(Validity.between(RatingTestBed.NOW, RatingTestBed.NOW.plusSeconds(60))));
    bed.clock.advance(Duration.ofMinutes(2));
    assertConflict(() -> sharing.join(JoinRequest.of(group.id(), child.subscriptionId())),
        ConflictException.Reason.ILLEGAL_STATE);

    sharing.cancel(group.id());
    assertConflict(() -> sharing.join(JoinRequest.of(group.id(), child.subscriptionId())),
        ConflictException.Reason.ILLEGAL_STATE);
    assertThat(sharing.membership(child.subscriptionId())).isEmpty();
  }

  @Test
  void theOwnerEditsNameStatusValidityAndPolicy() {
    SharingGroup group = family();
    Validity validity = Validity.between(RatingTestBed.NOW, RatingTestBed.APRIL);
    SharingPolicy policy = SharingPolicy.of(SharingPriority.SHARED_FIRST, "DATA_MB", "EUR");

    SharingGroup edited = sharing.edit(SharingGroupChange.of(group.id()).name("Household")
        .status(SharingStatus.SUSPENDED).validity(validity).policy(policy));

    assertThat(edited).isEqualTo(new SharingGroup(group.id(), group.ownerId(), group.ownerSubscriptionId(),
        group.ownerGroupId(), "Household", validity, policy, SharingStatus.SUSPENDED, group.createdAt(), List.of(),
        group.version() + 1));
    assertThat(sharing.edit(SharingGroupChange.of(group.id())).name()).isEqualTo("Household");
    assertThat(bed.listener.events()).hasSize(2).allMatch(SharingEvent.Changed.class::isInstance);
  }

  @Test
  void aBadEditIsRejectedAndChangesNothing() {
    SharingGroup group = family();

    assertFields(() -> sharing.edit(SharingGroupChange.of(group.id()).name("").status(SharingStatus.CANCELLED)
            .policy(SharingPolicy.of(SharingPriority.OWN_FIRST, "NOPE"))
            .validity(Validity.between(RatingTestBed.MARCH, RatingTestBed.NOW))),
        "name", "status", "policy.resources", "validity");
    assertThatThrownBy(() -> sharing.edit(SharingGroupChange.of(new SharingGroupId(42)).name("X")))
        .isInstanceOf(NotFoundException.class);

    assertThat(sharing.find(group.id())).contains(group);
    assertThat(bed.listener.events()).isEmpty();
  }

  @Test
  void cancellingReleasesEveryMemberAndIsFinal() {
    SharingGroup group = family();
    sharing.join(JoinRequest.of(group.id(), child.subscriptionId()));
    bed.listener.clear();

    SharingGroup cancelled = sharing.cancel(group.id());

    assertThat(cancelled.status()).isEqualTo(SharingStatus.CANCELLED);
    assertThat(cancelled.members()).isEmpty();
    assertThat(sharing.membership(child.subscriptionId())).isEmpty();
    assertThat(bed.listener.events()).containsExactly(
        new SharingEvent.Left(group.id(), child.subscriptionId(), RatingTestBed.NOW),
        new SharingEvent.Cancelled(group.id(), cancelled, RatingTestBed.NOW));
    assertConflict(() -> sharing.cancel(group.id()), ConflictException.Reason.ILLEGAL_STATE);
    assertConflict(() -> sharing.edit(SharingGroupChange.of(group.id()).status(SharingStatus.ACTIVE)),
        ConflictException.Reason.ILLEGAL_STATE);
    SharingGroup again = sharing.create(NewSharingGroup.of(owner.subscriptionId(), "Family again",
        SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB")));
    assertThat(sharing.join(JoinRequest.of(again.id(), child.subscriptionId())).members()).hasSize(1);
  }

  @Test
  void aMemberEditsItsMembershipAndLeaves() {
    SharingGroup group = family();
    sharing.join(JoinRequest.of(group.id(), child.subscriptionId()));
    Validity until = Validity.between(RatingTestBed.NOW, RatingTestBed.APRIL);

    SharingGroup edited = sharing.editMembership(
        new MembershipChange(child.subscriptionId(), MemberStatus.SUSPENDED, until));
    SharingMember member = edited.member(child.subscriptionId()).orElseThrow();
    assertThat(member.status()).isEqualTo(MemberStatus.SUSPENDED);
    assertThat(member.validity()).isEqualTo(until);
    assertFields(() -> sharing.editMembership(new MembershipChange(child.subscriptionId(), null,
        Validity.between(RatingTestBed.MARCH, RatingTestBed.NOW))), "validity");
    bed.listener.clear();

    SharingGroup left = sharing.leave(child.subscriptionId());

    assertThat(left.members()).isEmpty();
    assertThat(sharing.membership(child.subscriptionId())).isEmpty();
    assertThat(bed.listener.events()).containsExactly(
        new SharingEvent.Left(group.id(), child.subscriptionId(), RatingTestBed.NOW));
    assertThatThrownBy(() -> sharing.leave(child.subscriptionId())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> sharing.editMembership(new MembershipChange(child.subscriptionId(), MemberStatus.ACTIVE, null)))
        .isInstanceOf(NotFoundException.class);
  }
}
