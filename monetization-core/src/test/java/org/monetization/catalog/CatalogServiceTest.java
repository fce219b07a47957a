package org.monetization.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.monetization.Monetization;
import org.monetization.error.ValidationException;
import org.monetization.event.DomainEvent;
import org.monetization.testing.CatalogFixtures;
import org.monetization.testing.MutableClock;

class CatalogServiceTest {
  private final MutableClock clock = MutableClock.at("2026-03-01T09:00:00Z");
  private final List<DomainEvent> events = new ArrayList<>();
  private final Monetization monetization =
      Monetization.builder().clock(clock).eventListener(events::add).build();

  @Test
  void publishesConsecutiveVersionsAndServesTheLatest() {
    PublishedCatalog first = monetization.catalog().publish(CatalogFixtures.mobile());
    clock.advance(Duration.ofDays(1));
    PublishedCatalog second = monetization.catalog().publish(ProductCatalog.empty());

    assertThat(first.version()).isEqualTo(1);
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.publishedAt()).isEqualTo(clock.instant());
    assertThat(monetization.catalog().current()).contains(second);
    assertThat(events).containsExactly(
        new CatalogEvent.Published(1, first.publishedAt()), new CatalogEvent.Published(2, second.publishedAt()));
  }

  @Test
  void refusesAnInconsistentCatalogListingEveryProblemAndPublishesNothing() {
    ProductCatalog broken =
        ProductCatalog.builder()
            .plan(new Plan("P", "P", CatalogFixtures.EUR, List.of("NOPE"), List.of(), null))
            .voucher(new Voucher("V", "GONE", null, 1))
            .build();

    assertThatThrownBy(() -> monetization.catalog().publish(broken))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(error -> error.field())
            .containsExactly("plans[P].bundleCodes", "vouchers[V].bundleCode"));
    assertThat(monetization.catalog().current()).isEmpty();
    assertThat(events).isEmpty();
  }

  @Test
  void importsAndExportsJson() {
    StringWriter exported = new StringWriter();
    CatalogFixtures.mobile().toJson(exported);

    PublishedCatalog imported = monetization.catalog().importJson(new StringReader(exported.toString()));
    StringWriter again = new StringWriter();
    monetization.catalog().exportJson(again);

    assertThat(imported.catalog()).isEqualTo(CatalogFixtures.mobile());
    assertThat(again.toString()).isEqualTo(exported.toString());
  }

  @Test
  void exportsTheEmptyCatalogWhenNoneWasPublished() {
    StringWriter out = new StringWriter();
    monetization.catalog().exportJson(out);

    assertThat(ProductCatalog.fromJson(new StringReader(out.toString()))).isEqualTo(ProductCatalog.empty());
  }
}
