package org.monetization.spi;

import java.util.List;
import java.util.Optional;
import org.monetization.config.AttributeTarget;
import org.monetization.config.CustomAttributeDefinition;
import org.monetization.config.CustomerType;
import org.monetization.config.Resource;

/** Stores business configuration: customer types, custom attribute definitions and resources. */
public interface ConfigurationRepository {

  /**
   * Stores a new customer type.
   *
   * @param type the type
   * @throws org.monetization.error.ConflictException with reason {@code DUPLICATE} if the code is taken
   */
  void insertCustomerType(CustomerType type);

  /**
   * Returns the customer type with the given code.
   *
   * @param code the code
   * @return the type, if stored
   */
  Optional<CustomerType> findCustomerType(String code);

  /** Returns every customer type, sorted by code. */
  List<CustomerType> customerTypes();

  /**
   * Stores a new custom attribute definition.
   *
   * @param definition the definition
   * @throws org.monetization.error.ConflictException with reason {@code DUPLICATE} if the target already
   *     has an attribute of that name
   */
  void insertAttribute(CustomAttributeDefinition definition);

  /**
   * Returns the definitions of a target, sorted by name.
   *
   * @param target the entity kind
   * @return the definitions
   */
  List<CustomAttributeDefinition> attributes(AttributeTarget target);

  /**
   * Stores a new resource. Resources are never changed once stored: rating caches what it derives from them.
   *
   * @param resource the resource
   * @throws org.monetization.error.ConflictException with reason {@code DUPLICATE} if the code is taken
   */
  void insertResource(Resource resource);

  /**
   * Returns the resource with the given code.
   *
   * @param code the code
   * @return the resource, if stored
   */
  Optional<Resource> findResource(String code);

  /** Returns every resource, sorted by code. */
  List<Resource> resources();
}
