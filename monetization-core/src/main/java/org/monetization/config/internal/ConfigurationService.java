package org.monetization.config.internal;

import java.util.List;
import java.util.Optional;
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

/** {@link Configuration} over a {@link Store}. */
public final class ConfigurationService implements Configuration {
  private final Store store;
  private final CommandRunner runner;

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
    return store.configuration().findCustomerType(code);
  }

  @Override
  public CustomAttributeDefinition defineAttribute(CustomAttributeDefinition definition) {
    return runner.run(
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
  }

  @Override
  public AttributeSchema attributes(AttributeTarget target) {
    return AttributeSchema.of(target, store.configuration().attributes(target));
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
