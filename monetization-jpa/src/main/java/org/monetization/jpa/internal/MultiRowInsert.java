package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EntityIdentifierMapping;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.descriptor.ValueBinder;
import org.jspecify.annotations.Nullable;

/**
 * Inserts new entities of one class with multi-row statements on the connection of the caller's
 * transaction, without putting them in the persistence context. What a rated batch of 1,000 events costs
 * on PostgreSQL is mostly the server's work per statement: one statement per row, as Hibernate's JDBC
 * batches send them, executes each row on its own; one statement for many rows does not. The columns and
 * their order come from Hibernate's mapping of the entity, so a column added to the entity is inserted too.
 * The entity may only have basic attributes, each in one column of its table. Thread-safe.
 *
 * <p>Two forms, by database:
 *
 * <ul>
 *   <li>On PostgreSQL, one statement for all the rows, whatever their number: {@code INSERT ... SELECT ...
 *       FROM unnest(?, ?, ...)}, with one array parameter per column. The server parses and plans one
 *       statement of a few parameters instead of {@code rows x columns} bound values, and the driver sends
 *       each column as one array (in a JDBC harness on a slow machine, about 13 ms less per 1,000 events
 *       than the {@code VALUES} form; see docs/performance.md).
 *       The values are sent as PostgreSQL reads them back: texts and numbers as such, decimals as their plain
 *       text (exact), instants as ISO-8601 texts in UTC (exact to the microsecond, the precision of the
 *       column); a batch that holds an instant outside the years 1900 to 9999 is inserted by the other form.
 *   <li>Elsewhere, {@code INSERT ... VALUES (...), (...)} statements of up to {@link #rowsPerStatement} rows,
 *       every value bound as Hibernate would bind it; the statements of full chunks go out in one JDBC
 *       batch, the rest in one statement.
 * </ul>
 *
 * <p>A taken key fails the statement, and the caller's transaction, as a Hibernate {@code JDBCException}.
 */
final class MultiRowInsert<T> {
  private final EntityPersister persister;
  private final int rowsPerStatement;
  private final List<Column> columns;
  private final String columnList;
  private final String fullStatement;
  /** The statement of the array form, on PostgreSQL; null elsewhere. */
  private final @Nullable String arrayStatement;

  /**
   * A column, with what reads its value from an entity, what binds it (nulls included), and its array form
   * on PostgreSQL.
   */
  private record Column(
      String name, Function<Object, Object> value, ValueBinder<Object> binder, ArrayColumn array) {}

  private MultiRowInsert(
      EntityPersister persister, List<Column> columns, int rowsPerStatement, boolean postgreSql) {
    this.persister = persister;
    this.columns = List.copyOf(columns);
    this.rowsPerStatement = rowsPerStatement;
    this.columnList = String.join(", ", columns.stream().map(Column::name).toList());
    this.fullStatement = sql(rowsPerStatement);
    this.arrayStatement = postgreSql ? arraySql() : null;
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
    return new MultiRowInsert<>(persister, columns, rowsPerStatement, PersistenceUnit.isPostgreSql(factory));
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
    return new Column(basic.getSelectionExpression(), value, (ValueBinder<Object>) mapping.getJdbcValueBinder(),
        ArrayColumn.of(mapping.getJavaTypeDescriptor().getJavaTypeClass(), basic.getSelectionExpression()));
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
    if (arrayStatement != null && session.doReturningWork(connection -> insertArrays(connection, rows))) {
      return;
    }
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

  /**
   * Inserts the rows with the array statement, unless a value has no array form ({@link ArrayColumn#sends});
   * then it inserts nothing and returns false.
   */
  private boolean insertArrays(Connection connection, List<T> rows) throws SQLException {
    List<Object[]> values = new ArrayList<>(columns.size());
    for (Column column : columns) {
      Object[] elements = column.array().newArray(rows.size());
      for (int r = 0; r < elements.length; r++) {
        Object value = column.value().apply(rows.get(r));
        if (value != null && !column.array().sends(value)) {
          return false;
        }
        elements[r] = value == null ? null : column.array().element(value);
      }
      values.add(elements);
    }
    List<Array> arrays = new ArrayList<>(columns.size());
    try (PreparedStatement statement = connection.prepareStatement(arrayStatement)) {
      for (int c = 0; c < columns.size(); c++) {
        Array array = connection.createArrayOf(columns.get(c).array().elementType(), values.get(c));
        arrays.add(array);
        statement.setArray(c + 1, array);
      }
      statement.executeUpdate();
    } finally {
      for (Array array : arrays) {
        array.free();
      }
    }
    return true;
  }

  /**
   * How a column goes in the array statement on PostgreSQL, by the Java type of its values: the type of the
   * array the driver sends, the SQL type the statement casts it to, and the element a value becomes.
   */
  enum ArrayColumn {
    /** Texts of any length, as {@code text}: the insert casts them to the column's type. */
    TEXT("text", "text", String[]::new),
    /** {@code long}s, as {@code bigint}s. */
    BIGINT("int8", "bigint", Long[]::new),
    /** {@code int}s, as {@code integer}s. */
    INTEGER("int4", "integer", Integer[]::new),
    /** {@code boolean}s. */
    BOOLEAN("bool", "boolean", Boolean[]::new),
    /** Decimals, as their plain text: exact, whatever their scale. */
    DECIMAL("text", "numeric", String[]::new) {
      @Override
      Object element(Object value) {
        return ((BigDecimal) value).toPlainString();
      }
    },
    /**
     * Instants, as ISO-8601 texts in UTC ({@code 2026-03-10T09:00:00.000001Z}), which the server reads into
     * {@code timestamp with time zone} exactly when they hold microseconds at most, as entities do. Years
     * 1900 to 9999 only, and a batch holding another is inserted by the {@code VALUES} form: the server does
     * not read {@link Instant#toString}'s form of years past 9999, and Hibernate's binding writes old
     * instants otherwise than their ISO text (through the Julian calendar before 1582, as its reading undoes
     * them; year 1 read back two days off when written as text): they must be written as it writes them,
     * and 1900 leaves a wide margin.
     */
    INSTANT("text", "timestamp with time zone", String[]::new) {
      private static final Instant FIRST = Instant.parse("1900-01-01T00:00:00Z");
      private static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");

      @Override
      boolean sends(Object value) {
        Instant instant = (Instant) value;
        return !instant.isBefore(FIRST) && instant.isBefore(END);
      }

      @Override
      Object element(Object value) {
        return value.toString();
      }
    };

    private final String elementType;
    private final String sqlType;
    private final IntFunction<Object[]> arrays;

    ArrayColumn(String elementType, String sqlType, IntFunction<Object[]> arrays) {
      this.elementType = elementType;
      this.sqlType = sqlType;
      this.arrays = arrays;
    }

    /**
     * Returns the array form of the values of a Java type.
     *
     * @throws IllegalStateException if the type has none
     */
    static ArrayColumn of(Class<?> javaType, String column) {
      if (javaType == String.class) {
        return TEXT;
      } else if (javaType == Long.class || javaType == long.class) {
        return BIGINT;
      } else if (javaType == Integer.class || javaType == int.class) {
        return INTEGER;
      } else if (javaType == Boolean.class || javaType == boolean.class) {
        return BOOLEAN;
      } else if (javaType == BigDecimal.class) {
        return DECIMAL;
      } else if (javaType == Instant.class) {
        return INSTANT;
      }
      throw new IllegalStateException("no array form for column " + column + " of " + javaType.getName());
    }

    /** Returns whether a value (not null) can be sent in the array. */
    boolean sends(Object value) {
      return true;
    }

    /** Returns the array element of a value (not null): the value itself, unless its type sends another. */
    Object element(Object value) {
      return value;
    }

    /** Returns a new array of the driver's element type. */
    Object[] newArray(int length) {
      return arrays.apply(length);
    }

    /** Returns the type name of the array's elements, for {@link Connection#createArrayOf}. */
    String elementType() {
      return elementType;
    }

    /** Returns the SQL type the statement casts the array's elements to. */
    String sqlType() {
      return sqlType;
    }
  }

  /** {@code insert into t (a, b) select u.c0, u.c1 from unnest(cast(? as T0[]), cast(? as T1[])) as u(c0, c1)}. */
  private String arraySql() {
    StringBuilder sql = new StringBuilder(256)
        .append("insert into ").append(persister.getTableName())
        .append(" (").append(columnList).append(") select ");
    for (int i = 0; i < columns.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("u.c").append(i);
    }
    sql.append(" from unnest(");
    for (int i = 0; i < columns.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("cast(? as ").append(columns.get(i).array().sqlType()).append("[])");
    }
    sql.append(") as u(");
    for (int i = 0; i < columns.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("c").append(i);
    }
    return sql.append(')').toString();
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
