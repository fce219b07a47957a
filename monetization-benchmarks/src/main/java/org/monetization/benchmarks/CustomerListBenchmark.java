package org.monetization.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.monetization.Monetization;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.CustomerSummary;
import org.monetization.customer.Customers;
import org.monetization.customer.PaymentMethod;
import org.monetization.inmemory.InMemoryStore;
import org.monetization.paging.Page;
import org.monetization.paging.PageRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The customer list's first page (CUS-1, CUS-2): {@code customers().list(filter, PageRequest.first(50))}
 * over {@value #CUSTOMERS} customers in the in-memory store, for representative filters. The page carries
 * the total number of matches, so every call examines the whole customer base.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CustomerListBenchmark {
  /** Size of the customer base. */
  public static final int CUSTOMERS = 100_000;

  /** The filters measured, from none to several criteria. */
  public enum Criteria {
    /** No criterion: everyone, the list's reset state. */
    NONE(CustomerFilter.none()),
    /** A selective case-insensitive substring of the full name (about 1 customer in 2,000). */
    FULL_NAME(CustomerFilter.builder().fullName("camille lef").build()),
    /** A city substring and a status (about 1 in 21). */
    CITY_AND_STATUS(CustomerFilter.builder().city("lyon").status(CustomerStatus.ACTIVE).build()),
    /** A payment method (about 1 in 2). */
    PAYMENT_METHOD(CustomerFilter.builder().paymentMethod(PaymentMethod.DIRECT_DEBIT).build());

    private final CustomerFilter filter;

    Criteria(CustomerFilter filter) {
      this.filter = filter;
    }

    CustomerFilter filter() {
      return filter;
    }
  }

  /** The filter of this run. */
  @Param
  public Criteria criteria;

  private Customers customers;
  private CustomerFilter filter;

  /** Onboards the customer base through the public API, once per run. */
  @Setup(Level.Trial)
  public void populate() {
    long start = System.nanoTime();
    Monetization monetization =
        Monetization.builder()
            .clock(Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC))
            .store(InMemoryStore.create())
            .build();
    CustomerPopulation.populate(monetization, CUSTOMERS, 42);
    customers = monetization.customers();
    filter = criteria.filter;
    long total = customers.list(filter, PageRequest.first(1)).totalCount();
    System.out.printf(
        "%nOnboarded %,d customers in %,d ms; %s matches %,d of them.%n",
        CUSTOMERS, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), criteria, total);
  }

  /** Returns the first page of 50 matching customers, with the total number of matches. */
  @Benchmark
  public Page<CustomerSummary> filterAndFirstPage() {
    return customers.list(filter, PageRequest.first(50));
  }
}
