package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.monetization.config.AttributeTarget;
import org.monetization.config.CustomAttributeDefinition;
import org.monetization.config.CustomerType;
import org.monetization.config.Resource;
import org.monetization.error.ConflictException;
import org.monetization.spi.ConfigurationRepository;

/**
 * Customer types, custom attribute definitions and resources in {@code mon_customer_type},
 * {@code mon_attribute_definition}, {@code mon_attribute_allowed_value} and {@code mon_resource}. Lists are
 * sorted in Java rather than by the database, whose collation may order mixed case differently from
 * {@link String#compareTo}. Thread-safe.
 */
public final class JpaConfigurationRepository implements ConfigurationRepository {
  private final JpaTransactions transactions;

  /**
   * Creates the repository.
   *
   * @param transactions the store's transaction boundary
   */
  public JpaConfigurationRepository(JpaTransactions transactions) {
    this.transactions = requireNonNull(transactions, "transactions");
  }

  @Override
  public void insertCustomerType(CustomerType type) {
    requireNonNull(type, "type");
    transactions.write(
        entityManager -> {
          // The primary key catches a concurrent insert at commit; this check reports the common case at once.
          if (entityManager.find(CustomerTypeEntity.class, type.code()) != null) {
            throw new ConflictException(
                ConflictException.Reason.DUPLICATE, "customer type " + type.code() + " already exists");
          }
          entityManager.persist(CustomerTypeEntity.of(type));
          return null;
        });
  }

  @Override
  public Optional<CustomerType> findCustomerType(String code) {
    requireNonNull(code, "code");
    return transactions.read(
        entityManager ->
            Optional.ofNullable(entityManager.find(CustomerTypeEntity.class, code))
                .map(CustomerTypeEntity::toCustomerType));
  }

  @Override
  public List<CustomerType> customerTypes() {
    return transactions.read(
        entityManager ->
            entityManager.createQuery("select t from CustomerTypeEntity t", CustomerTypeEntity.class)
                .getResultStream()
                .map(CustomerTypeEntity::toCustomerType)
                .sorted(Comparator.comparing(CustomerType::code))
                .toList());
  }

  @Override
  public void insertAttribute(CustomAttributeDefinition definition) {
    requireNonNull(definition, "definition");
    AttributeDefinitionEntity entity = AttributeDefinitionEntity.of(definition);
    transactions.write(
        entityManager -> {
          if (entityManager.find(AttributeDefinitionEntity.class, entity.key) != null) {
            throw new ConflictException(
                ConflictException.Reason.DUPLICATE,
                definition.target() + " attribute " + definition.name() + " already exists");
          }
          entityManager.persist(entity);
          return null;
        });
  }

  @Override
  public List<CustomAttributeDefinition> attributes(AttributeTarget target) {
    requireNonNull(target, "target");
    return transactions.read(
        entityManager ->
            entityManager
                .createQuery(
                    "select d from AttributeDefinitionEntity d where d.key.target = :target",
                    AttributeDefinitionEntity.class)
                .setParameter("target", target.name())
                .getResultStream()
                .map(AttributeDefinitionEntity::toDefinition)
                .sorted(Comparator.comparing(CustomAttributeDefinition::name))
                .toList());
  }

  @Override
  public void insertResource(Resource resource) {
    requireNonNull(resource, "resource");
    ResourceEntity entity = ResourceEntity.of(resource);
    transactions.write(
        entityManager -> {
          // The primary key catches a concurrent insert at commit; this check reports the common case at once.
          if (entityManager.find(ResourceEntity.class, resource.code()) != null) {
            throw new ConflictException(
                ConflictException.Reason.DUPLICATE, "resource " + resource.code() + " already exists");
          }
          entityManager.persist(entity);
          return null;
        });
  }

  @Override
  public Optional<Resource> findResource(String code) {
    requireNonNull(code, "code");
    return transactions.read(
        entityManager ->
            Optional.ofNullable(entityManager.find(ResourceEntity.class, code)).map(ResourceEntity::toResource));
  }

  @Override
  public List<Resource> resources() {
    return transactions.read(
        entityManager ->
            entityManager.createQuery("select r from ResourceEntity r", ResourceEntity.class)
                .getResultStream()
                .map(ResourceEntity::toResource)
                .sorted(Comparator.comparing(Resource::code))
                .toList());
  }
}
