package org.monetization.config.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import org.monetization.config.AttributeSchema;
import org.monetization.config.AttributeTarget;
import org.monetization.config.Configuration;
import org.monetization.config.CustomAttributeDefinition;
import org.monetization.config.CustomerType;
import org.monetization.config.Resource;
import org.monetization.error.ValidationException;
import org.monetization.internal.CommandRunner;
import org.monetization.spi.Store;

/**
 * {@link Configuration} over a {@link Store}. Every onboarding and account edit validates against the
 * customer types and attribute definitions, so they are cached rather than read on every command:
 * definitions are only ever added, never changed or removed, so a customer type once found stays valid,
 * and an attribute schema is dropped when this instance defines an attribute and re-read at most
 * {@link #SCHEMA_REFRESH} after another instance over the same database did.
 */
public final class ConfigurationService implements Configuration {
  /** How long an attribute schema is used before it is read again. */
  static final Duration SCHEMA_REFRESH = Duration.ofSeconds(30);

  private final Store store;
  private final CommandRunner runner;
  private final Map<String, CustomerType> knownTypes = new ConcurrentHashMap<>();
  private final Cache<AttributeTarget, AttributeSchema> schemas =
      Caffeine.newBuilder().expireAfterWrite(SCHEMA_REFRESH).build();

  /**
   * Creates the service.
   *
   * @param store where configuration lives
   * @param runner runs commands in transactions
   */
  public ConfigurationService(Store store, CommandRunner runner) {
    this.store = store;
    this.runner = runner;
  }

  @Override
  public CustomerType defineCustomerType(CustomerType type) {
    return runner.run(
        events -> {
          store.configuration().insertCustomerType(type);
          return type;
        });
  }

  @Override
  public List<CustomerType> customerTypes() {
    return store.configuration().customerTypes();
  }

  @Override
  public Optional<CustomerType> customerType(String code) {
    CustomerType known = knownTypes.get(code);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<CustomerType> stored = store.configuration().findCustomerType(code);
    stored.ifPresent(type -> knownTypes.put(code, type));
    return stored;
  }

  @Override
  public CustomAttributeDefinition defineAttribute(CustomAttributeDefinition definition) {
    CustomAttributeDefinition defined =
        runner.run(
            events -> {
              // A new mandatory attribute would make every existing customer invalid at its next edit.
              if (definition.mandatory()
                  && definition.target() == AttributeTarget.CUSTOMER
                  && store.customers().count() > 0) {
                throw ValidationException.of(
                    "mandatory", "a mandatory customer attribute cannot be added once customers exist");
              }
              store.configuration().insertAttribute(definition);
              return definition;
            });
    // After the commit: dropped earlier, a concurrent reader could cache the schema without it again.
    schemas.invalidate(definition.target());
    return defined;
  }

  @Override
  public AttributeSchema attributes(AttributeTarget target) {
    return schemas.get(target, t -> AttributeSchema.of(t, store.configuration().attributes(t)));
  }

  @Override
  public Resource defineResource(Resource resource) {
    return runner.run(
        events -> {
          store.configuration().insertResource(resource);
          return resource;
        });
  }

  @Override
  public List<Resource> resources() {
    return store.configuration().resources();
  }

  @Override
  public Optional<Resource> resource(String code) {
    return store.configuration().findResource(code).or(() -> currencyResource(code));
  }

  private static Optional<Resource> currencyResource(String code) {
    if (code.length() != 3) {
      return Optional.empty();
    }
    try {
      return Optional.of(Resource.defaultFor(Monetary.getCurrency(code)));
    } catch (UnknownCurrencyException e) {
      return Optional.empty();
    }
  }
}
