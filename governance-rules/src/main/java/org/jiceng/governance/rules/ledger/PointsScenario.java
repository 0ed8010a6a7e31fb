package org.jiceng.governance.rules.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jiceng.governance.core.DisplayText;

/**
 * A community's points economy to simulate: residents with passbooks, activity rates, merchants
 * with offers, a catalog (文明超市), and how often residents redeem. The default follows Jianping
 * (seed 004): 1,600 passbooks, 21 merchants; the rates are examples, not published figures.
 */
@Value.Immutable
public abstract class PointsScenario {
  PointsScenario() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PointsScenario}. */
  public static final class Builder extends ImmutablePointsScenario.Builder {
    Builder() {} // by builder()
  }

  /** A catalog item at the 文明超市, restocked each month. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static class CatalogItem {
    CatalogItem() {} // generated subclass only

    /**
     * Creates a catalog item.
     *
     * @param item the item id, not null
     * @param price its price in points
     * @param monthlyStock the stock added each month
     * @return the item
     */
    public static CatalogItem of(String item, long price, long monthlyStock) {
      return ImmutableCatalogItem.of(item, price, monthlyStock);
    }

    /**
     * Returns the item id.
     *
     * @return the id
     */
    @Value.Parameter
    public abstract String getItem();

    /**
     * Returns its price in points.
     *
     * @return the price
     */
    @Value.Parameter
    public abstract long getPrice();

    /**
     * Returns the stock added each month.
     *
     * @return the stock
     */
    @Value.Parameter
    public abstract long getMonthlyStock();

    @Override
    public String toString() {
      return DisplayText.ofValue("CatalogItem", "item", getItem(), "price", getPrice(), "monthlyStock", getMonthlyStock());
    }
  }

  /**
   * Returns the Jianping-shaped default scenario.
   *
   * @return the scenario
   */
  public static PointsScenario jianping() {
    return builder()
        .policy("liaoning-jianping-points")
        .residents(1600)
        .merchants(21)
        .offerPrice(30)
        .putActivityRates("parcel-collection", 1.2)
        .putActivityRates("phone-help", 0.6)
        .putActivityRates("temporary-care", 0.3)
        .putActivityRates("appliance-repair", 0.15)
        .putActivityRates("micro-wish", 0.05)
        .putActivityRates("joint-meeting", 0.1)
        .redemptionRate(0.25)
        .addCatalog(CatalogItem.of("soap", 10, 300), CatalogItem.of("rice-5kg", 40, 120), CatalogItem.of("cooking-oil", 30, 150))
        .build();
  }

  /**
   * Returns the ledger policy id.
   *
   * @return the id
   */
  public abstract String getPolicy();

  /**
   * Returns the number of residents with a passbook.
   *
   * @return the count
   */
  public abstract int getResidents();

  /**
   * Returns the number of merchants, each with one offer.
   *
   * @return the count
   */
  public abstract int getMerchants();

  /**
   * Returns the price in points of a merchant's offer.
   *
   * @return the price
   */
  public abstract long getOfferPrice();

  /**
   * Returns the mean acts per resident per month, by activity (an hour of service for per-hour ones).
   *
   * @return the rates
   */
  public abstract Map<String, Double> getActivityRates();

  /**
   * Returns the mean redemptions per resident per month.
   *
   * @return the rate
   */
  public abstract double getRedemptionRate();

  /**
   * Returns the catalog.
   *
   * @return the items
   */
  public abstract List<CatalogItem> getCatalog();

  /**
   * Returns the first day simulated.
   *
   * @return the date
   */
  @Value.Default
  public LocalDate getStart() {
    return LocalDate.of(2025, 1, 1);
  }

  @Value.Check
  final void check() {
    if (getResidents() <= 0 || getMerchants() < 0 || getOfferPrice() <= 0 || getRedemptionRate() < 0) {
      throw new IllegalArgumentException("A scenario needs residents > 0, merchants >= 0, an offer price > 0 and a redemption rate >= 0");
    }
    getActivityRates().forEach((k, v) -> {
      if (!(v >= 0) || v.isInfinite()) {
        throw new IllegalArgumentException("The rate of activity '" + k + "' must be a finite number >= 0, found " + v);
      }
    });
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("PointsScenario",
        "policy", getPolicy(), "residents", getResidents(), "merchants", getMerchants(), "offerPrice", getOfferPrice(),
        "activityRates", getActivityRates(), "redemptionRate", getRedemptionRate(), "catalog", getCatalog(),
        "start", getStart());
  }
}
