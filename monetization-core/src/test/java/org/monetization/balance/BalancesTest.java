package org.monetization.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.testing.RatingTestBed.APRIL;
import static org.monetization.testing.RatingTestBed.NOW;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.monetization.config.PaymentType;
import org.monetization.error.ConflictException;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;
import org.monetization.rating.InactiveServiceMode;
import org.monetization.spi.TaxResult;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RatingTestBed.Line;
import org.monetization.time.Validity;

/** BAL-2 to BAL-5: manual balances, totals, details, adjustments with tax and the ledger. */
class BalancesTest {
  private final RatingTestBed bed = new RatingTestBed(InactiveServiceMode.FORBIDDEN, request -> new TaxResult(
      request.amount().multiply(new BigDecimal("0.196")), "TEST-VAT", "4457"));
  private final Balances balances = bed.sdk.balances();

  @Test
  void creditsAreNegativeDebitsPositiveWithTheChosenValidity() {
    Line line = bed.onboard("Create", "+33655555555", PaymentType.PREPAID);
    Instant end = NOW.plus(Duration.ofDays(3));

    Balance credit = balances.create(NewBalance.credit(line.groupId(), "EUR", new BigDecimal("20"), BalanceValidity.infinite()));
    Balance debit = balances.create(NewBalance.debit(line.groupId(), "EUR", new BigDecimal("2.5"), BalanceValidity.until(end)));
    Balance cycle = balances.create(NewBalance.credit(line.groupId(), "DATA_MB", new BigDecimal("500"), BalanceValidity.currentCycle()));

    assertThat(credit.amount()).isEqualTo(new BigDecimal("-20.0000"));
    assertThat(credit.validity()).isEqualTo(Validity.from(NOW));
    assertThat(debit.amount()).isEqualTo(new BigDecimal("2.5000"));
    assertThat(debit.validity()).isEqualTo(Validity.between(NOW, end));
    assertThat(cycle.validity()).isEqualTo(Validity.between(NOW, APRIL));
    assertThat(cycle.createdAt()).isEqualTo(NOW);
    assertThat(balances.balances(line.groupId())).containsExactly(credit, debit, cycle);
    assertThat(balances.balances(line.groupId(), "EUR")).containsExactly(credit, debit);
    assertThat(balances.totals(line.groupId())).containsExactly(
        new BalanceTotal("DATA_MB", new BigDecimal("-500")), new BalanceTotal("EUR", new BigDecimal("-17.5000")));
    assertThat(bed.listener.events()).hasSize(3).allMatch(BalanceEvent.Created.class::isInstance);

    bed.clock.set(end);
    assertThat(balances.totals(line.groupId())).containsExactly(
        new BalanceTotal("DATA_MB", new BigDecimal("-500")), new BalanceTotal("EUR", new BigDecimal("-20.0000")));
  }

  @Test
  void aBadCreationNamesEveryFieldAndChangesNothing() {
    Line line = bed.onboard("Bad", "+33655555556", PaymentType.PREPAID);

    assertThatThrownBy(() -> balances.create(new NewBalance(line.groupId(), "GOLD", new BigDecimal("-1"),
        BalanceDirection.CREDIT, BalanceValidity.until(NOW.minusSeconds(1)))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(org.monetization.error.FieldError::field)
            .containsExactly("resource", "amount", "validity.until"));
    assertThatThrownBy(() -> balances.create(NewBalance.credit(line.groupId(), "EUR", new BigDecimal("0.00001"),
        BalanceValidity.infinite()))).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.hasErrorOn("amount")).isTrue());
    assertThatThrownBy(() -> balances.create(NewBalance.credit(new BalanceGroupId(999), "EUR", BigDecimal.ONE,
        BalanceValidity.infinite()))).isInstanceOf(NotFoundException.class);

    assertThat(balances.balances(line.groupId())).isEmpty();
    assertThat(bed.listener.events()).isEmpty();
  }

  @Test
  void aClosedAccountTakesNoNewBalance() {
    Line line = bed.onboard("Closed", "+33655555557", PaymentType.PREPAID);
    bed.sdk.customers().close(line.onboarded().customer().id());
    bed.listener.clear();

    assertThatThrownBy(() -> balances.create(NewBalance.credit(line.groupId(), "EUR", BigDecimal.ONE,
        BalanceValidity.infinite()))).isInstanceOf(ConflictException.class);
    assertThat(balances.balances(line.groupId())).isEmpty();
    assertThat(bed.listener.events()).isEmpty();
  }

  @Test
  void anAdjustmentWithTaxChangesTheBalanceByAmountPlusTaxAndIsRecordedInTheLedger() {
    Line line = bed.onboard("Adjust", "+33655555558", PaymentType.POSTPAID);
    Balance owed = bed.credit(line.groupId(), "EUR", "10");

    Adjustment adjustment = balances.adjust(
        new BalanceAdjustment(line.groupId(), owed.id(), new BigDecimal("-5"), "Goodwill", true));

    assertThat(adjustment.amount()).isEqualTo(new BigDecimal("-5.0000"));
    assertThat(adjustment.tax()).isEqualTo(new BigDecimal("-0.9800"));
    assertThat(adjustment.taxProvider()).isEqualTo("TEST-VAT");
    assertThat(adjustment.ledger()).isEqualTo("4457");
    assertThat(balances.balances(line.groupId()).get(0).amount()).isEqualTo(new BigDecimal("-15.9800"));
    assertThat(balances.adjustments(line.groupId())).containsExactly(adjustment);
    assertThat(bed.listener.events()).containsExactly(new BalanceEvent.Adjusted(line.groupId(), adjustment, NOW));
  }

  @Test
  void anAdjustmentThatUsesUpAnAvailableBalanceReportsItExhausted() {
    Line line = bed.onboard("Exhaust", "+33655555559", PaymentType.POSTPAID);
    Balance free = bed.credit(line.groupId(), "DATA_MB", "10");

    balances.adjust(new BalanceAdjustment(line.groupId(), free.id(), new BigDecimal("10"), "Taken back", false));

    assertThat(bed.listener.events()).filteredOn(BalanceEvent.Exhausted.class::isInstance).hasSize(1);
  }

  @Test
  void aBadAdjustmentNamesEveryFieldAndChangesNothing() {
    Line line = bed.onboard("BadAdjust", "+33655555560", PaymentType.POSTPAID);
    Balance free = bed.credit(line.groupId(), "DATA_MB", "10");

    assertThatThrownBy(() -> balances.adjust(
        new BalanceAdjustment(line.groupId(), free.id(), new BigDecimal("0.5"), " ", true)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(org.monetization.error.FieldError::field)
            .containsExactly("billItem", "amount", "withTax"));
    assertThatThrownBy(() -> balances.adjust(
        new BalanceAdjustment(line.groupId(), new BalanceId(999), BigDecimal.ONE, "x", false)))
        .isInstanceOf(NotFoundException.class);

    assertThat(balances.balances(line.groupId())).containsExactly(free);
    assertThat(balances.adjustments(line.groupId())).isEmpty();
    assertThat(bed.listener.events()).isEmpty();
  }

  @Test
  void taxIsRefusedWithoutATaxProvider() {
    RatingTestBed untaxed = new RatingTestBed();
    Line line = untaxed.onboard("NoTax", "+33655555561", PaymentType.POSTPAID);
    Balance credit = untaxed.credit(line.groupId(), "EUR", "1");

    assertThatThrownBy(() -> untaxed.sdk.balances().adjust(
        new BalanceAdjustment(line.groupId(), credit.id(), BigDecimal.ONE, "x", true)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasErrorOn("withTax")).isTrue());
    assertThat(untaxed.sdk.balances().balances(line.groupId())).containsExactly(credit);
  }

  @Test
  void queriesOfAnUnknownGroupAreNotFound() {
    assertThatThrownBy(() -> balances.totals(new BalanceGroupId(404))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> balances.balances(new BalanceGroupId(404))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> balances.adjustments(new BalanceGroupId(404))).isInstanceOf(NotFoundException.class);
  }
}
