package org.monetization.inmemory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.monetization.config.AttributeTarget;
import org.monetization.config.CustomAttributeDefinition;
import org.monetization.config.CustomerType;
import org.monetization.config.Resource;
import org.monetization.error.ConflictException;
import org.monetization.spi.ConfigurationRepository;

/** Configuration in sorted maps, guarded by the store's transaction lock. */
final class InMemoryConfigurationRepository implements ConfigurationRepository {
  private final TransactionLog transactions;
  private final Map<String, CustomerType> customerTypes = new TreeMap<>();
  private final Map<String, Resource> resources = new TreeMap<>();
  private final Map<AttributeTarget, Map<String, CustomAttributeDefinition>> attributes =
      new EnumMap<>(AttributeTarget.class);

  InMemoryConfigurationRepository(TransactionLog transactions) {
    this.transactions = transactions;
    for (AttributeTarget target : AttributeTarget.values()) {
      attributes.put(target, new TreeMap<>());
    }
  }

  @Override
  public void insertCustomerType(CustomerType type) {
    if (customerTypes.containsKey(type.code())) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE, "customer type " + type.code() + " already exists");
    }
    transactions.recordUndo(() -> customerTypes.remove(type.code()));
    customerTypes.put(type.code(), type);
  }

  @Override
  public Optional<CustomerType> findCustomerType(String code) {
    return transactions.read(() -> Optional.ofNullable(customerTypes.get(code)));
  }

  @Override
  public List<CustomerType> customerTypes() {
    return transactions.read(() -> List.copyOf(customerTypes.values()));
  }

  @Override
  public void insertAttribute(CustomAttributeDefinition definition) {
    Map<String, CustomAttributeDefinition> ofTarget = attributes.get(definition.target());
    if (ofTarget.containsKey(definition.name())) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          definition.target() + " attribute " + definition.name() + " already exists");
    }
    transactions.recordUndo(() -> ofTarget.remove(definition.name()));
    ofTarget.put(definition.name(), definition);
  }

  @Override
  public List<CustomAttributeDefinition> attributes(AttributeTarget target) {
    return transactions.read(() -> new ArrayList<>(attributes.get(target).values()));
  }

  @Override
  public void insertResource(Resource resource) {
    if (resources.containsKey(resource.code())) {
      throw new ConflictException(ConflictException.Reason.DUPLICATE, "resource " + resource.code() + " already exists");
    }
    transactions.recordUndo(() -> resources.remove(resource.code()));
    resources.put(resource.code(), resource);
  }

  @Override
  public Optional<Resource> findResource(String code) {
    return transactions.read(() -> Optional.ofNullable(resources.get(code)));
  }

  @Override
  public List<Resource> resources() {
    return transactions.read(() -> List.copyOf(resources.values()));
  }
}
