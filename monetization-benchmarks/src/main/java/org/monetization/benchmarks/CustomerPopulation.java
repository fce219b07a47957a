package org.monetization.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.monetization.Monetization;
import org.monetization.config.CustomerType;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Address;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.Customers;
import org.monetization.onboarding.OnboardingOutcome;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.customer.PaymentInfo;

/**
 * Builds a realistic customer base through the public API, the same for the same seed: French, German,
 * Belgian and Spanish residents (80%) and businesses (20%) spread evenly over twenty cities, paying by
 * direct debit (50%), card (30%) or invoice (20%); 5% of the accounts are suspended and 2% closed.
 *
 * <p>Each name pair is drawn from 40 first names and 50 last names, so a first name with the start of a
 * last name (e.g. "camille lef") selects about one customer in 2,000.
 */
final class CustomerPopulation {
  private static final List<String> FIRST_NAMES =
      List.of(
          "Camille", "Lukas", "Sophie", "Maximilian", "Lotte", "Javier", "Lucía", "Hugo", "Anna", "Julien",
          "Emma", "Léa", "Louis", "Chloé", "Gabriel", "Manon", "Paul", "Inès", "Jonas", "Mia", "Leon",
          "Hannah", "Felix", "Lena", "Noah", "Marie", "Lars", "Elise", "Daan", "Fleur", "Pablo", "Carmen",
          "Diego", "Elena", "Mateo", "Sofía", "Arthur", "Alice", "Théo", "Nina");
  private static final List<String> LAST_NAMES =
      List.of(
          "Lefèvre", "Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Garnier",
          "Roux", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Schneider", "Müller", "Schmidt",
          "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Wolf",
          "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
          "Dumont", "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
          "Gómez", "Ruiz", "Hernández", "Díaz");
  private static final List<Address> CITIES =
      List.of(
          Address.of("14 rue de la République", "Lyon", "Auvergne-Rhône-Alpes", "FR", "69002"),
          Address.of("8 boulevard Haussmann", "Paris", "Île-de-France", "FR", "75009"),
          Address.of("3 quai du Port", "Marseille", "Provence-Alpes-Côte d'Azur", "FR", "13002"),
          Address.of("12 rue Alsace-Lorraine", "Toulouse", "Occitanie", "FR", "31000"),
          Address.of("5 rue Nationale", "Lille", "Hauts-de-France", "FR", "59000"),
          Address.of("Friedrichstraße 123", "Berlin", "Berlin", "DE", "10117"),
          Address.of("Leopoldstraße 45", "München", "Bayern", "DE", "80802"),
          Address.of("Mönckebergstraße 7", "Hamburg", "Hamburg", "DE", "20095"),
          Address.of("Hohe Straße 52", "Köln", "Nordrhein-Westfalen", "DE", "50667"),
          Address.of("Zeil 90", "Frankfurt am Main", "Hessen", "DE", "60313"),
          Address.of("Rue Neuve 15", "Bruxelles", "Bruxelles-Capitale", "BE", "1000"),
          Address.of("Meir 50", "Antwerpen", "Antwerpen", "BE", "2000"),
          Address.of("Veldstraat 30", "Gent", "Oost-Vlaanderen", "BE", "9000"),
          Address.of("Place Saint-Lambert 1", "Liège", "Liège", "BE", "4000"),
          Address.of("Steenstraat 20", "Brugge", "West-Vlaanderen", "BE", "8000"),
          Address.of("Calle de Alcalá 42", "Madrid", "Comunidad de Madrid", "ES", "28014"),
          Address.of("Passeig de Gràcia 21", "Barcelona", "Cataluña", "ES", "08007"),
          Address.of("Calle Colón 12", "Valencia", "Comunidad Valenciana", "ES", "46004"),
          Address.of("Calle Sierpes 30", "Sevilla", "Andalucía", "ES", "41004"),
          Address.of("Gran Vía 40", "Bilbao", "País Vasco", "ES", "48009"));
  /** IBANs with valid check digits and the BIC of their bank. */
  private static final List<List<String>> ACCOUNTS =
      List.of(
          List.of("PSSTFRPPLIL", "FR1420041010050500013M02606"),
          List.of("AGRIFRPPXXX", "FR7630006000011234567890189"),
          List.of("COBADEFFXXX", "DE89370400440532013000"),
          List.of("BYLADEM1001", "DE02120300000000202051"),
          List.of("KREDBEBB", "BE85734019351206"),
          List.of("GEBABEBB", "BE21001234567803"),
          List.of("CAIXESBBXXX", "ES9121000418450200051332"));

  static final CustomerType RESIDENTIAL = CustomerType.of("RESIDENTIAL", "Residential customers");
  static final CustomerType BUSINESS = CustomerType.of("BUSINESS", "Business customers");

  /** How many requests the population submits per batch. */
  static final int BATCH = 100;

  private CustomerPopulation() {}

  /**
   * Defines the customer types and onboards {@code size} customers, then suspends or closes some.
   *
   * @param monetization an SDK instance over an empty store, with a clock after 2025-12-31
   * @param size how many customers to onboard
   * @param seed the random seed; the same seed gives the same customers
   */
  static void populate(Monetization monetization, int size, long seed) {
    populate(monetization, size, seed, 1);
  }

  /**
   * Defines the customer types and onboards {@code size} customers from {@code threads} threads, in
   * batches of {@value #BATCH} requests per {@code onboarding().submitAll} as an import would, then
   * suspends or closes some, one command each. The customers are the same as with one thread (the
   * requests are drawn in order first); only the order in which they get their ids differs.
   *
   * @param monetization an SDK instance over an empty store, with a clock after 2025-12-31
   * @param size how many customers to onboard
   * @param seed the random seed; the same seed gives the same customers
   * @param threads how many threads submit the onboardings
   */
  static void populate(Monetization monetization, int size, long seed, int threads) {
    checkArgument(size > 0, "size must be positive: %s", size);
    checkArgument(threads > 0, "threads must be positive: %s", threads);
    defineCustomerTypes(monetization);
    SplittableRandom random = new SplittableRandom(seed);
    List<Planned> plans = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      OnboardingRequest request = request(random, i);
      plans.add(new Planned(request, random.nextInt(100)));
    }
    int batches = (size + BATCH - 1) / BATCH;
    AtomicInteger next = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            executor.submit(
                () -> {
                  for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                    onboard(monetization, plans.subList(b * BATCH, Math.min(size, (b + 1) * BATCH)));
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while onboarding", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("onboarding failed", e.getCause());
    } finally {
      executor.shutdownNow();
    }
  }

  /** Onboards one batch in one command, then suspends or closes those its rolls say. */
  private static void onboard(Monetization monetization, List<Planned> batch) {
    List<OnboardingOutcome> outcomes =
        monetization.onboarding().submitAll(batch.stream().map(Planned::request).toList());
    Customers customers = monetization.customers();
    for (int i = 0; i < batch.size(); i++) {
      OnboardingOutcome outcome = outcomes.get(i);
      if (!outcome.isCreated()) {
        throw new IllegalStateException("a population request was refused", outcome.failure());
      }
      batch.get(i).settle(customers, outcome.result().customer());
    }
  }

  /**
   * Returns the requests of customers {@code from} (inclusive) to {@code to} (exclusive), as
   * {@link #request(long, int)} draws them.
   */
  static List<OnboardingRequest> requests(long seed, int from, int to) {
    List<OnboardingRequest> requests = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      requests.add(request(seed, i));
    }
    return requests;
  }

  /** Defines the two customer types that the population's requests name. */
  static void defineCustomerTypes(Monetization monetization) {
    monetization.configuration().defineCustomerType(RESIDENTIAL);
    monetization.configuration().defineCustomerType(BUSINESS);
  }

  /**
   * Returns the onboarding request of customer {@code index}, a random resident or business of the
   * population, for benchmarks that onboard more customers on top of it.
   */
  static OnboardingRequest request(long seed, int index) {
    return request(new SplittableRandom(seed ^ index), index);
  }

  /** One customer to onboard, and the roll that decides whether it is then suspended or closed. */
  private record Planned(OnboardingRequest request, int statusRoll) {
    void settle(Customers customers, Customer customer) {
      if (statusRoll < 2) {
        customers.close(customer.id());
      } else if (statusRoll < 7) {
        customers.changeStatus(customer.id(), CustomerStatus.INACTIVE);
      }
    }
  }

  private static OnboardingRequest request(SplittableRandom random, int index) {
    String firstName = pick(random, FIRST_NAMES);
    String lastName = pick(random, LAST_NAMES);
    boolean business = random.nextInt(100) < 20;
    AccountInfo account =
        AccountInfo.builder()
            .firstName(firstName)
            .lastName(lastName)
            .email("customer" + index + "@example.com")
            .phone("+33 6 " + String.format("%08d", index))
            .customerType(business ? BUSINESS.code() : RESIDENTIAL.code())
            .organisation(business ? lastName + " & Associés" : null)
            .address(ownCopy(pick(random, CITIES)))
            .build();
    return OnboardingRequest.builder().account(account).payment(payment(random, firstName, lastName, index)).build();
  }

  private static PaymentInfo payment(SplittableRandom random, String firstName, String lastName, int index) {
    int roll = random.nextInt(100);
    if (roll < 50) {
      List<String> account = pick(random, ACCOUNTS);
      return PaymentInfo.directDebit(
          "MND-" + index, LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365)), account.get(0), account.get(1));
    }
    if (roll < 80) {
      return PaymentInfo.creditCard(firstName + " " + lastName, "tok_" + Long.toHexString(random.nextLong()));
    }
    return PaymentInfo.invoice();
  }

  /**
   * Returns a copy of the address made of strings of its own: customers onboarded from parsed input share
   * no objects, and sharing twenty addresses here would keep them in the CPU cache and flatter every scan.
   */
  private static Address ownCopy(Address address) {
    return Address.of(
        new String(address.street()),
        new String(address.city()),
        new String(address.state()),
        new String(address.country()),
        new String(address.postalCode()));
  }

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
