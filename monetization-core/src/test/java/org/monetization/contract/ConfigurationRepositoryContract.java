package org.monetization.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.monetization.config.AttributeTarget;
import org.monetization.config.AttributeType;
import org.monetization.config.CustomAttributeDefinition;
import org.monetization.config.ConsumptionOrder;
import org.monetization.config.CustomerType;
import org.monetization.config.Resource;
import org.monetization.testing.CatalogFixtures;
import org.monetization.error.ConflictException;

/** What every {@link org.monetization.spi.ConfigurationRepository} must do. */
public abstract class ConfigurationRepositoryContract extends StoreContractSupport {

  @Test
  void storesCustomerTypesSortedByCode() {
    tx(() -> {
      store.configuration().insertCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
      store.configuration().insertCustomerType(CustomerType.of("BUSINESS", "Business"));
      return null;
    });

    assertThat(store.configuration().customerTypes())
        .containsExactly(CustomerType.of("BUSINESS", "Business"), CustomerType.of("RESIDENTIAL", "Residential"));
    assertThat(store.configuration().findCustomerType("BUSINESS")).contains(CustomerType.of("BUSINESS", "Business"));
    assertThat(store.configuration().findCustomerType("NOPE")).isEmpty();
  }

  @Test
  void rejectsADuplicateCustomerTypeCode() {
    tx(() -> {
      store.configuration().insertCustomerType(CustomerType.of("BUSINESS", "Business"));
      return null;
    });

    assertThatThrownBy(() -> tx(() -> {
      store.configuration().insertCustomerType(CustomerType.of("BUSINESS", "Other"));
      return null;
    })).isInstanceOfSatisfying(
        ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
    assertThat(store.configuration().customerTypes()).containsExactly(CustomerType.of("BUSINESS", "Business"));
  }

  @Test
  void storesAttributeDefinitionsPerTargetSortedByName() {
    CustomAttributeDefinition vip =
        CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "vip", AttributeType.BOOLEAN)
            .withPrintedOnInvoice(true);
    CustomAttributeDefinition segment =
        CustomAttributeDefinition.enumeration(AttributeTarget.CUSTOMER, "segment", true, Set.of("SME", "LARGE"));
    CustomAttributeDefinition color =
        CustomAttributeDefinition.optional(AttributeTarget.PRODUCT, "color", AttributeType.STRING);
    tx(() -> {
      store.configuration().insertAttribute(vip);
      store.configuration().insertAttribute(segment);
      store.configuration().insertAttribute(color);
      return null;
    });

    assertThat(store.configuration().attributes(AttributeTarget.CUSTOMER)).containsExactly(segment, vip);
    assertThat(store.configuration().attributes(AttributeTarget.PRODUCT)).containsExactly(color);
    assertThat(store.configuration().attributes(AttributeTarget.BILLING_PROFILE)).isEmpty();
  }

  @Test
  void rejectsADuplicateAttributeNameWithinATargetOnly() {
    tx(() -> {
      store.configuration().insertAttribute(
          CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "code", AttributeType.STRING));
      store.configuration().insertAttribute(
          CustomAttributeDefinition.optional(AttributeTarget.PRODUCT, "code", AttributeType.NUMBER));
      return null;
    });

    assertThatThrownBy(() -> tx(() -> {
      store.configuration().insertAttribute(
          CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "code", AttributeType.NUMBER));
      return null;
    })).isInstanceOf(ConflictException.class);
    assertThat(store.configuration().attributes(AttributeTarget.CUSTOMER))
        .extracting(CustomAttributeDefinition::type)
        .containsExactly(AttributeType.STRING);
  }

  @Test
  void storesResourcesUnchangedSortedByCodeAndRejectsADuplicateCode() {
    Resource data = Resource.units("DATA_MB", "MB", 3).withConsumptionOrder(ConsumptionOrder.LARGEST_FIRST)
        .withName("Mobile data");
    Resource euro = Resource.monetary(CatalogFixtures.EUR, 4);
    tx(() -> {
      store.configuration().insertResource(euro);
      store.configuration().insertResource(data);
      return null;
    });

    assertThat(store.configuration().resources()).containsExactly(data, euro);
    assertThat(store.configuration().findResource("EUR")).contains(euro);
    assertThat(store.configuration().findResource("SMS")).isEmpty();
    assertThatThrownBy(() -> tx(() -> {
      store.configuration().insertResource(Resource.units("DATA_MB", "GB", 0));
      return null;
    })).isInstanceOf(ConflictException.class);
    assertThat(store.configuration().findResource("DATA_MB")).contains(data);
  }
}
