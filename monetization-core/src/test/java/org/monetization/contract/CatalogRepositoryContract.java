package org.monetization.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.monetization.catalog.ProductCatalog;
import org.monetization.catalog.PublishedCatalog;
import org.monetization.error.ConflictException;
import org.monetization.testing.CatalogFixtures;

/** What every {@link org.monetization.spi.CatalogRepository} must do. */
public abstract class CatalogRepositoryContract extends StoreContractSupport {

  @Test
  void hasNoCatalogUntilOneIsPublished() {
    assertThat(store.catalog().current()).isEmpty();
    assertThat(store.catalog().find(1)).isEmpty();
  }

  @Test
  void storesVersionsAndServesTheLatestUnchanged() {
    PublishedCatalog first = new PublishedCatalog(1, T0, CatalogFixtures.mobile());
    PublishedCatalog second = new PublishedCatalog(2, T0.plusSeconds(5), ProductCatalog.empty());
    tx(() -> {
      store.catalog().insert(first);
      store.catalog().insert(second);
      return null;
    });

    assertThat(store.catalog().current()).contains(second);
    assertThat(store.catalog().find(1)).contains(first);
  }

  @Test
  void rejectsASecondCatalogWithTheSameVersion() {
    tx(() -> {
      store.catalog().insert(new PublishedCatalog(1, T0, CatalogFixtures.mobile()));
      return null;
    });

    assertThatThrownBy(() -> tx(() -> {
      store.catalog().insert(new PublishedCatalog(1, T0, ProductCatalog.empty()));
      return null;
    })).isInstanceOfSatisfying(
        ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
    assertThat(store.catalog().current().orElseThrow().catalog()).isEqualTo(CatalogFixtures.mobile());
  }
}
