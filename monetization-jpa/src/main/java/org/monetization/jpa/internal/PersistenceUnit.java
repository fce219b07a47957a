package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.ValidationMode;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/**
 * The store's persistence unit: its entity classes, and a Hibernate configuration built in code, without
 * {@code persistence.xml}.
 */
public final class PersistenceUnit {
  /** The name of the persistence unit that {@link #create} builds. */
  public static final String NAME = "monetization";

  /** How many inserts or updates Hibernate sends to the database in one JDBC batch. */
  static final int JDBC_BATCH_SIZE = 50;

  private static final List<Class<?>> ENTITY_CLASSES =
      List.of(
          CustomerEntity.class,
          CustomerTypeEntity.class,
          AttributeDefinitionEntity.class,
          CatalogEntity.class,
          BillingProfileEntity.class,
          BalanceGroupEntity.class,
          SubscriptionEntity.class,
          ServiceEntity.class,
          RedemptionEntity.class,
          ResourceEntity.class,
          GroupBalancesEntity.class,
          BalanceEntity.class,
          UsageCounterEntity.class,
          AdjustmentEntity.class,
          UsageEventEntity.class,
          CreditProfileEntity.class,
          NotificationEntity.class,
          NotificationDeliveryEntity.class,
          SharingGroupEntity.class);

  private PersistenceUnit() {}

  /** Returns the entity classes a persistence unit must manage for the store to work on it. */
  public static List<Class<?>> entityClasses() {
    return ENTITY_CLASSES;
  }

  /**
   * Builds an entity manager factory over the data source, whose schema must already be migrated.
   * Hibernate validates at start that the tables match the mapping, and never changes the schema.
   *
   * @param dataSource connections to the migrated schema; the caller closes it after the factory
   * @return the factory; the caller closes it
   */
  public static EntityManagerFactory create(DataSource dataSource) {
    requireNonNull(dataSource, "dataSource");
    return new HibernatePersistenceConfiguration(NAME)
        .managedClasses(ENTITY_CLASSES)
        .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
        .validationMode(ValidationMode.NONE)
        .schemaToolingAction(Action.VALIDATE)
        .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
        // Instants are stored as UTC whatever the JVM's or the database session's zone.
        .property(AvailableSettings.JDBC_TIME_ZONE, "UTC")
        // Onboarding and batch jobs write many rows per transaction: send them in batches.
        .property(AvailableSettings.STATEMENT_BATCH_SIZE, JDBC_BATCH_SIZE)
        .property(AvailableSettings.ORDER_INSERTS, true)
        .property(AvailableSettings.ORDER_UPDATES, true)
        // SQL is never logged with its parameters, nor are driver error messages, which quote the
        // offending values: they include IBANs and card tokens. StorageFailures reports errors instead.
        .property(AvailableSettings.SHOW_SQL, false)
        .property(AvailableSettings.LOG_JDBC_ERRORS, false)
        .createEntityManagerFactory();
  }

  /**
   * Returns whether the factory's database is PostgreSQL, by its Hibernate dialect.
   *
   * @param entityManagerFactory a Hibernate ORM factory
   * @return true on PostgreSQL
   */
  public static boolean isPostgreSql(EntityManagerFactory entityManagerFactory) {
    return dialect(entityManagerFactory) instanceof PostgreSQLDialect;
  }

  /**
   * Returns whether the factory's database is H2, by its Hibernate dialect.
   *
   * @param entityManagerFactory a Hibernate ORM factory
   * @return true on H2
   */
  public static boolean isH2(EntityManagerFactory entityManagerFactory) {
    return dialect(entityManagerFactory) instanceof H2Dialect;
  }

  private static Dialect dialect(EntityManagerFactory entityManagerFactory) {
    return entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
  }

  /**
   * Returns whether the factory manages every entity class of the store.
   *
   * @param entityManagerFactory the factory to check
   * @return true if each of {@link #entityClasses()} is an entity of its metamodel
   */
  public static boolean manages(EntityManagerFactory entityManagerFactory) {
    try {
      ENTITY_CLASSES.forEach(type -> entityManagerFactory.getMetamodel().entity(type));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Returns whether Hibernate logs the driver's message of every failed statement, which may quote the
   * values of the statement's row, secrets included ({@code hibernate.jdbc.log.errors}, true by default).
   *
   * @param entityManagerFactory the factory to check
   * @return true unless the factory turned that logging off
   */
  public static boolean logsDriverErrors(EntityManagerFactory entityManagerFactory) {
    Object setting = entityManagerFactory.getProperties().get(AvailableSettings.LOG_JDBC_ERRORS);
    return setting == null || !"false".equalsIgnoreCase(setting.toString());
  }
}
