package org.monetization.jpa.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Length;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.monetization.balance.BalanceGroupId;
import org.monetization.error.MonetizationException;
import org.monetization.notification.CreditProfile;
import org.monetization.notification.Threshold;

/**
 * A balance group's credit profile: a row of {@code mon_credit_profile} holding the profile as a JSON
 * document, read and written whole. Numbers are JSON strings ({@code BigDecimal.toString}), so every value
 * reads back with its scale and {@code equals} what was saved.
 */
@Entity
@Table(name = "mon_credit_profile")
class CreditProfileEntity {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Id
  @Column(name = "group_id")
  long groupId;

  // A text of any length, bound as a string (not a LOB locator): TEXT, LONGTEXT or CLOB by database.
  @Column(name = "content", nullable = false, length = Length.LONG32)
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  String content = "";

  static CreditProfileEntity of(CreditProfile profile) {
    CreditProfileEntity entity = new CreditProfileEntity();
    entity.groupId = profile.groupId().value();
    entity.content = json(profile);
    return entity;
  }

  static String json(CreditProfile profile) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode thresholds = root.putArray("thresholds");
    for (Threshold threshold : profile.thresholds()) {
      ObjectNode node = thresholds.addObject();
      node.put("resource", threshold.resource());
      node.put("kind", threshold.kind().name());
      node.put("value", threshold.value().toString());
      if (threshold.limit() != null) {
        node.put("limit", threshold.limit().toString());
      }
    }
    ArrayNode channels = root.putArray("channels");
    profile.channels().forEach(channels::add);
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree of texts always serialises", e);
    }
  }

  /**
   * Returns the profile the row holds.
   *
   * @throws MonetizationException if the stored document is not a profile (the table was edited by hand)
   */
  CreditProfile toProfile() {
    try {
      JsonNode root = MAPPER.readTree(content);
      List<Threshold> thresholds = new ArrayList<>();
      for (JsonNode node : root.required("thresholds")) {
        JsonNode limit = node.get("limit");
        thresholds.add(new Threshold(node.required("resource").asText(),
            Threshold.Kind.valueOf(node.required("kind").asText()), new BigDecimal(node.required("value").asText()),
            limit == null ? null : new BigDecimal(limit.asText())));
      }
      List<String> channels = new ArrayList<>();
      root.required("channels").forEach(channel -> channels.add(channel.asText()));
      return new CreditProfile(new BalanceGroupId(groupId), thresholds, channels);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new MonetizationException("storage failure: the credit profile of group " + groupId + " is unreadable");
    }
  }

  @Override
  public String toString() {
    return "CreditProfileEntity[groupId=" + groupId + "]";
  }
}
