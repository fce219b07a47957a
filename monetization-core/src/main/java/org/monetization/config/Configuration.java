package org.monetization.config;

import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.monetization.error.ConflictException;
import org.monetization.error.ValidationException;

/**
 * Defines the business configuration other areas validate against: customer types (CFG-1), custom
 * attribute definitions (CFG-2) and resources (CFG-3). Thread-safe; every definition is durable once the
 * call returns.
 */
public interface Configuration {

  /**
   * Defines a new customer type.
   *
   * @param type the type to add
   * @return the stored type
   * @throws ConflictException if a type with that code already exists
   */
  CustomerType defineCustomerType(CustomerType type);

  /** Returns every customer type, sorted by code. */
  List<CustomerType> customerTypes();

  /**
   * Returns the customer type with the given code, if defined.
   *
   * @param code the type's code
   * @return the type
   */
  Optional<CustomerType> customerType(String code);

  /**
   * Defines a new custom attribute.
   *
   * @param definition the definition to add
   * @return the stored definition
   * @throws ConflictException if the target already has an attribute of that name
   * @throws ValidationException if the attribute is mandatory and entities of its target already exist
   *     without a value for it
   */
  CustomAttributeDefinition defineAttribute(CustomAttributeDefinition definition);

  /**
   * Returns the attribute definitions of a target.
   *
   * @param target the entity kind
   * @return its schema, empty when nothing is defined
   */
  AttributeSchema attributes(AttributeTarget target);

  /**
   * Defines a new resource that balances can hold.
   *
   * @param resource the resource to add
   * @return the stored resource
   * @throws ConflictException if a resource with that code already exists
   */
  Resource defineResource(Resource resource);

  /** Returns every defined resource, sorted by code. */
  List<Resource> resources();

  /**
   * Returns the resource with the given code. A currency code without a definition resolves to
   * {@link Resource#defaultFor(CurrencyUnit)}, so a billing currency always has its monetary resource.
   *
   * @param code the resource code
   * @return the resource, if defined or a currency
   */
  Optional<Resource> resource(String code);
}
