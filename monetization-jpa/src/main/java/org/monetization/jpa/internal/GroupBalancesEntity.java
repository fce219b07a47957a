package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The root row of a group's balances aggregate in {@code mon_group_balances}: the group and the version
 * its balances and counters are at. Created at version 1 by the group's first save; every later save bumps
 * the version with one conditional update of {@link JpaBalanceRepository}, not with JPA's {@code @Version}.
 */
@Entity
@Table(name = "mon_group_balances")
class GroupBalancesEntity {
  @Id
  @Column(name = "group_id")
  long groupId;

  @Column(name = "version", nullable = false)
  long version;

  static GroupBalancesEntity of(long groupId, long version) {
    GroupBalancesEntity entity = new GroupBalancesEntity();
    entity.groupId = groupId;
    entity.version = version;
    return entity;
  }

  @Override
  public String toString() {
    return "GroupBalancesEntity[groupId=" + groupId + ", version=" + version + "]";
  }
}
