package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import org.hibernate.Length;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.monetization.catalog.ProductCatalog;
import org.monetization.catalog.PublishedCatalog;
import org.monetization.error.MonetizationException;
import org.monetization.error.ValidationException;

/**
 * The stored form of a {@link PublishedCatalog}: one row of {@code mon_catalog} per version, the catalog
 * itself as the JSON document that {@link ProductCatalog#toJson} writes and {@link ProductCatalog#fromJson}
 * reads back equal. A catalog is always read and written whole, so it is a document rather than tables.
 */
@Entity
@Table(name = "mon_catalog")
class CatalogEntity {
  @Id
  @Column(name = "version")
  int version;

  @Column(name = "published_at", nullable = false)
  Instant publishedAt = Instant.EPOCH;

  // A text of any length, bound as a string (not a LOB locator): TEXT, LONGTEXT or CLOB by database.
  @Column(name = "content", nullable = false, length = Length.LONG32)
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  String content = "";

  static CatalogEntity of(PublishedCatalog catalog) {
    CatalogEntity entity = new CatalogEntity();
    entity.version = catalog.version();
    entity.publishedAt = StoredValues.instant(catalog.publishedAt());
    StringWriter json = new StringWriter();
    catalog.catalog().toJson(json);
    entity.content = json.toString();
    return entity;
  }

  /**
   * Returns the published catalog the row holds.
   *
   * @throws MonetizationException if the stored document is not a catalog (the table was edited by hand)
   */
  PublishedCatalog toPublishedCatalog() {
    ProductCatalog catalog;
    try {
      catalog = ProductCatalog.fromJson(new StringReader(content));
    } catch (ValidationException e) {
      // Not the caller's input that is wrong, but the stored document.
      throw new MonetizationException("storage failure: catalog version " + version + " is not a catalog document", e);
    }
    return new PublishedCatalog(version, publishedAt, catalog);
  }

  @Override
  public String toString() {
    return "CatalogEntity[version=" + version + "]";
  }
}
