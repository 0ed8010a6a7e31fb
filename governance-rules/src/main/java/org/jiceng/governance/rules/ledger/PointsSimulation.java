package org.jiceng.governance.rules.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.immutables.value.Value;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.rules.internal.EngineArgumentException;
import org.jiceng.governance.rules.scenario.Draws;

/**
 * A seeded simulation of a community's points economy over some months. Deterministic: the same
 * scenario, seed and months give the same ledger, posting for posting.
 */
public final class PointsSimulation {
  private PointsSimulation() {}

  /** What a simulation ends with. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static class Summary {
    Summary() {} // generated subclass only

    /**
     * Returns the ledger policy id.
     *
     * @return the policy
     */
    @Value.Parameter
    public abstract String getPolicy();

    /**
     * Returns the seed.
     *
     * @return the seed
     */
    @Value.Parameter
    public abstract long getSeed();

    /**
     * Returns the months simulated.
     *
     * @return the months
     */
    @Value.Parameter
    public abstract int getMonths();

    /**
     * Returns the totals of points, read from the ledger.
     *
     * @return the totals
     */
    @Value.Parameter
    public abstract Ledger.Totals getTotals();

    /**
     * Returns the number of holders with at least one posting.
     *
     * @return the activeAccounts
     */
    @Value.Parameter
    public abstract int getActiveAccounts();

    /**
     * Returns the share of all points earned that went to the top tenth of earners.
     *
     * @return the topEarnersShare
     */
    @Value.Parameter
    public abstract double getTopEarnersShare();

    /**
     * Returns the number of operations the ledger refused (caps reached, balances too low).
     *
     * @return the refused
     */
    @Value.Parameter
    public abstract long getRefused();

    @Override
    public String toString() {
      return DisplayText.ofValue("Summary", "policy", getPolicy(), "seed", getSeed(), "months", getMonths(), "totals", getTotals(),
          "activeAccounts", getActiveAccounts(), "topEarnersShare", getTopEarnersShare(), "refused", getRefused());
    }
  }

  /** A run's ledger and summary. */
  public static final class Run {
    private final Ledger ledger;
    private final Summary summary;

    Run(Ledger ledger, Summary summary) {
      this.ledger = ledger;
      this.summary = summary;
    }

    /**
     * Returns the ledger the run filled (it stays open for more operations and queries).
     *
     * @return the ledger
     */
    public Ledger getLedger() {
      return ledger;
    }

    /**
     * Returns what the run ended with.
     *
     * @return the summary
     */
    public Summary getSummary() {
      return summary;
    }

    @Override
    public String toString() {
      return DisplayText.ofValue("Run", "policy", ledger.getPolicy().getId(), "summary", summary);
    }
  }

  /**
   * Runs a scenario.
   *
   * @param scenario the scenario, not null
   * @param seed the seed
   * @param months how many months, at least 1
   * @return the ledger and its summary
   * @throws IllegalArgumentException for an unknown policy or months below 1
   */
  public static Run run(PointsScenario scenario, long seed, int months) {
    java.util.Objects.requireNonNull(scenario, "scenario");
    if (months < 1) {
      throw new IllegalArgumentException("Simulate at least 1 month, found " + months);
    }
    LedgerPolicy policy = LedgerPolicies.find(scenario.getPolicy()).orElseThrow(() -> new IllegalArgumentException(
        "Unknown ledger policy '" + scenario.getPolicy() + "'; known: "
            + String.join(", ", LedgerPolicies.all().stream().map(LedgerPolicy::getId).toArray(String[]::new))));
    ZoneId zone = policy.getZone();
    Ledger ledger = Ledger.of(policy);
    SplittableRandom random = new SplittableRandom(seed);
    Instant t0 = scenario.getStart().atStartOfDay(zone).toInstant();
    long refused = 0;
    List<String> residents = new ArrayList<>();
    for (int r = 0; r < scenario.getResidents(); r++) {
      String id = String.format("passbook-%05d", r + 1);
      residents.add(id);
      ledger.apply(Operation.OpenAccount.of("open-" + id, t0, Account.builder().id(id).kind(AccountKind.PASSBOOK)
          .unit(LedgerUnit.POINTS).communityId("community").inNeed(r % 10 == 0).build()));
    }
    List<String> offers = new ArrayList<>();
    for (int m = 0; m < scenario.getMerchants(); m++) {
      String id = String.format("merchant-%02d", m + 1);
      ledger.apply(Operation.OpenAccount.of("open-" + id, t0, Account.builder().id(id).kind(AccountKind.MERCHANT).unit(LedgerUnit.POINTS).build()));
      offers.add("offer-" + id);
      ledger.apply(Operation.Restock.builder().id("offer-" + id).at(t0).item("offer-" + id).price(scenario.getOfferPrice())
          .quantity(1_000_000).merchant(id).inNeedOnly(m % 4 == 0).build());
    }
    List<String> items = new ArrayList<>();
    for (int month = 0; month < months; month++) {
      LocalDate first = scenario.getStart().plusMonths(month);
      Instant monthStart = first.atStartOfDay(zone).toInstant();
      int days = first.lengthOfMonth();
      if (month > 0 && first.getMonthValue() == 1) {
        ledger.apply(Operation.Expire.of("expire-" + first, monthStart));
      }
      for (PointsScenario.CatalogItem c : scenario.getCatalog()) {
        ledger.apply(Operation.Restock.builder().id("restock-" + c.getItem() + "-" + first).at(monthStart).item(c.getItem())
            .price(c.getPrice()).quantity(c.getMonthlyStock()).build());
        if (month == 0) {
          items.add(c.getItem());
        }
      }
      int n = 0;
      for (String resident : residents) {
        for (Map.Entry<String, Double> rate : scenario.getActivityRates().entrySet()) {
          ActivityRule rule = policy.getActivities().get(rate.getKey());
          if (rule == null) {
            throw new EngineArgumentException("ledger.scenario-activity", rate.getKey(), policy.getId());
          }
          int acts = Draws.poisson(random, rate.getValue());
          for (int a = 0; a < acts; a++) {
            Instant at = monthStart.plusSeconds(random.nextLong(days * 86_400L));
            Optional<String> confirmer = rule.isConfirmationRequired() ? Optional.of("grid-worker") : Optional.empty();
            try {
              ledger.apply(ImmutableAccrue.of("accrue-" + first + "-" + n++, at, resident, rate.getKey(), rule.isPerHour() ? 60 : 1, confirmer));
            } catch (LedgerException e) {
              refused++;
            }
          }
        }
        int redemptions = Draws.poisson(random, scenario.getRedemptionRate());
        for (int k = 0; k < redemptions; k++) {
          boolean offer = !offers.isEmpty() && (items.isEmpty() || random.nextBoolean());
          String item = offer ? offers.get(random.nextInt(offers.size())) : items.get(random.nextInt(items.size()));
          Instant at = monthStart.plusSeconds(days * 86_400L - 1);
          try {
            ledger.apply(Operation.Redeem.of("redeem-" + first + "-" + n++, at, resident, item, 1));
          } catch (LedgerException e) {
            refused++;
          }
        }
      }
    }
    Ledger.Totals totals = ledger.totals(LedgerUnit.POINTS);
    int active = 0;
    List<Long> earned = new ArrayList<>();
    Instant end = scenario.getStart().plusMonths(months).atStartOfDay(zone).toInstant();
    Map<String, Long> ranking = new java.util.HashMap<>();
    ledger.ranking(LedgerUnit.POINTS, t0, end, Integer.MAX_VALUE).forEach(e -> ranking.put(e.getKey(), e.getValue()));
    for (String resident : residents) {
      if (ranking.containsKey(resident) || ledger.balance(resident) != 0) {
        active++;
      }
      earned.add(ranking.getOrDefault(resident, 0L));
    }
    earned.sort(java.util.Comparator.reverseOrder());
    long all = earned.stream().mapToLong(Long::longValue).sum();
    long top = earned.stream().limit(Math.max(1, residents.size() / 10)).mapToLong(Long::longValue).sum();
    double share = all == 0 ? 0 : Math.round(top * 10_000.0 / all) / 10_000.0;
    return new Run(ledger, ImmutableSummary.of(policy.getId(), seed, months, totals, active, share, refused));
  }
}
