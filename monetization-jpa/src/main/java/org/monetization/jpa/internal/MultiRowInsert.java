package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EntityIdentifierMapping;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.descriptor.ValueBinder;

/**
 * Inserts new entities of one class with multi-row {@code INSERT ... VALUES (...), (...)} statements of up
 * to {@link #rowsPerStatement} rows, on the connection of the caller's transaction, without putting them in
 * the persistence context. What a rated batch of 1,000 events costs on PostgreSQL is mostly the server's
 * work per statement: one statement per row, as Hibernate's JDBC batches send them, executes each row on
 * its own; one statement per hundred rows does not. The columns, their order and the binding of every
 * value come from Hibernate's mapping of the entity, so a value is written exactly as Hibernate would write
 * it, and a column added to the entity is inserted too. The entity may only have basic attributes, each
 * in one column of its table. Thread-safe.
 *
 * <p>The statements of full chunks go out in one JDBC batch, the rest in one statement. A taken key fails
 * the statement, and the caller's transaction, as a Hibernate {@code JDBCException}.
 */
final class MultiRowInsert<T> {
  private final EntityPersister persister;
  private final int rowsPerStatement;
  private final List<Column> columns;
  private final String columnList;
  private final String fullStatement;

  /** A column, with what reads its value from an entity and what binds it (nulls included). */
  private record Column(String name, Function<Object, Object> value, ValueBinder<Object> binder) {}

  private MultiRowInsert(EntityPersister persister, List<Column> columns, int rowsPerStatement) {
    this.persister = persister;
    this.columns = List.copyOf(columns);
    this.rowsPerStatement = rowsPerStatement;
    this.columnList = String.join(", ", columns.stream().map(Column::name).toList());
    this.fullStatement = sql(rowsPerStatement);
  }

  /**
   * Returns the insert of the factory's mapping of the entity class.
   *
   * @param rowsPerStatement the most rows one statement carries; at most 32,767 parameters in all, the
   *     limit of PostgreSQL's protocol
   * @throws IllegalStateException if the entity has an attribute that is not a single column of its table
   */
  static <T> MultiRowInsert<T> of(EntityManagerFactory factory, Class<T> type, int rowsPerStatement) {
    EntityPersister persister =
        factory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().getEntityDescriptor(type);
    List<Column> columns = new ArrayList<>();
    EntityIdentifierMapping id = persister.getIdentifierMapping();
    columns.add(column(persister, id, id::getIdentifier));
    for (int i = 0; i < persister.getNumberOfAttributeMappings(); i++) {
      AttributeMapping attribute = persister.getAttributeMapping(i);
      columns.add(column(persister, attribute, attribute::getValue));
    }
    if (rowsPerStatement < 1 || (long) rowsPerStatement * columns.size() > Short.MAX_VALUE) {
      throw new IllegalArgumentException("rows per statement out of range: " + rowsPerStatement);
    }
    return new MultiRowInsert<>(persister, columns, rowsPerStatement);
  }

  @SuppressWarnings("unchecked")
  private static Column column(EntityPersister persister, Object part, Function<Object, Object> value) {
    if (!(part instanceof BasicValuedModelPart basic)
        || basic.isFormula()
        || !basic.getContainingTableExpression().equals(persister.getTableName())) {
      throw new IllegalStateException(
          persister.getEntityName() + " has a part that is not one column of its table: " + part);
    }
    JdbcMapping mapping = basic.getJdbcMapping();
    return new Column(basic.getSelectionExpression(), value, (ValueBinder<Object>) mapping.getJdbcValueBinder());
  }

  /** Returns the most rows one statement carries. */
  int rowsPerStatement() {
    return rowsPerStatement;
  }

  /**
   * Inserts the entities in the transaction of the entity manager, after the transaction's pending writes,
   * which it flushes first so that they keep their order and their failures their meaning.
   */
  void insert(EntityManager entityManager, List<T> rows) {
    requireNonNull(rows, "rows");
    if (rows.isEmpty()) {
      return;
    }
    entityManager.flush();
    Session session = entityManager.unwrap(Session.class);
    SharedSessionContractImplementor options = session.unwrap(SharedSessionContractImplementor.class);
    int full = rows.size() / rowsPerStatement;
    session.doWork(
        connection -> {
          if (full > 0) {
            try (PreparedStatement statement = connection.prepareStatement(fullStatement)) {
              for (int chunk = 0; chunk < full; chunk++) {
                bind(statement, rows.subList(chunk * rowsPerStatement, (chunk + 1) * rowsPerStatement), options);
                statement.addBatch();
              }
              statement.executeBatch();
            }
          }
          List<T> rest = rows.subList(full * rowsPerStatement, rows.size());
          if (!rest.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(sql(rest.size()))) {
              bind(statement, rest, options);
              statement.executeUpdate();
            }
          }
        });
  }

  private void bind(PreparedStatement statement, List<T> rows, SharedSessionContractImplementor options)
      throws SQLException {
    int index = 1;
    for (T row : rows) {
      for (Column column : columns) {
        column.binder().bind(statement, column.value().apply(row), index++, options);
      }
    }
  }

  private String sql(int rows) {
    StringBuilder row = new StringBuilder(columns.size() * 3).append('(');
    for (int i = 0; i < columns.size(); i++) {
      row.append(i == 0 ? "?" : ", ?");
    }
    row.append(')');
    StringBuilder sql = new StringBuilder(64 + rows * (row.length() + 2))
        .append("insert into ").append(persister.getTableName())
        .append(" (").append(columnList).append(") values ");
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "" : ", ").append(row);
    }
    return sql.toString();
  }
}
