package org.jiceng.governance.rules.demand;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jiceng.governance.rules.profile.Source;

/**
 * The local rules of a demand list, each figure with its source: the category taxonomy, how high
 * each size may go before it is out of place ("小事不出网格、大事不出社区"), the meeting calendar,
 * department deadlines, service-level targets and the evaluation weights.
 */
@Value.Immutable(copy = false)
public abstract class DemandPolicy {
  DemandPolicy() {}

  /** Evaluation weights; they sum to 1. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static class Weights {
    Weights() {}

    /**
     * Creates the weights.
     *
     * @param response of the response rate
     * @param resolution of the completion rate
     * @param satisfaction of the satisfaction rate
     * @return the weights
     */
    public static Weights of(double response, double resolution, double satisfaction) {
      return ImmutableWeights.of(response, resolution, satisfaction);
    }

    /**
     * Returns the weight of the response rate.
     *
     * @return the weight
     */
    @Value.Parameter
    public abstract double getResponse();

    /**
     * Returns the weight of the completion rate.
     *
     * @return the weight
     */
    @Value.Parameter
    public abstract double getResolution();

    /**
     * Returns the weight of the satisfaction rate.
     *
     * @return the weight
     */
    @Value.Parameter
    public abstract double getSatisfaction();

    @Value.Check
    final void check() {
      double response = getResponse();
      double resolution = getResolution();
      double satisfaction = getSatisfaction();
      if (Math.abs(response + resolution + satisfaction - 1) > 1e-9 || response < 0 || resolution < 0 || satisfaction < 0) {
        throw new IllegalArgumentException("Weights must be >= 0 and sum to 1, found " + response + ", " + resolution + ", " + satisfaction);
      }
    }

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Weights", "response", getResponse(), "resolution", getResolution(),
          "satisfaction", getSatisfaction());
    }
  }

  /**
   * Returns a new builder; every attribute is required, collections may be left empty.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DemandPolicy}. */
  public static final class Builder extends ImmutableDemandPolicy.Builder {
    Builder() {} // by builder()
  }

  /**
   * Returns the policy id.
   *
   * @return the id
   */
  public abstract String getId();

  /**
   * Returns where the policy comes from.
   *
   * @return the source
   */
  public abstract Source getSource();

  /**
   * Returns the taxonomy; a demand of another category is rejected.
   *
   * @return the categories
   */
  public abstract List<String> getCategories();

  /**
   * Returns the highest level each size should be settled at.
   *
   * @return the settleBy
   */
  public abstract Map<DemandSize, DemandLevel> getSettleBy();

  /**
   * Returns the months between community joint meetings (1 monthly, 3 quarterly).
   *
   * @return the communityMeetingMonths
   */
  public abstract int getCommunityMeetingMonths();

  /**
   * Returns the time a department gets.
   *
   * @return the departmentDeadline
   */
  public abstract Duration getDepartmentDeadline();

  /**
   * Returns the share of demands to resolve within each duration (Jian'ou 50% / 1 day, …).
   *
   * @return the slaTargets
   */
  public abstract Map<Duration, Double> getSlaTargets();

  /**
   * Returns the time within which a demand gets its first response.
   *
   * @return the responseTarget
   */
  public abstract Duration getResponseTarget();

  /**
   * Returns the evaluation weights of response, resolution and satisfaction rates.
   *
   * @return the weights
   */
  public abstract Weights getWeights();

  /**
   * Returns the source of each figure, by name.
   *
   * @return the sources
   */
  public abstract Map<String, Source> getSources();

  @Value.Check
  final void check() {
    if (getCommunityMeetingMonths() < 1 || getCommunityMeetingMonths() > 12) {
      throw new IllegalArgumentException("Community meetings every 1-12 months, found " + getCommunityMeetingMonths());
    }
  }

  /**
   * Returns a copy with another meeting calendar (for comparing monthly and quarterly meetings).
   *
   * @param months months between community meetings
   * @return the policy
   */
  public DemandPolicy withCommunityMeetingMonths(int months) {
    return builder().id(getId()).source(getSource()).addAllCategories(getCategories()).putAllSettleBy(getSettleBy())
        .communityMeetingMonths(months).departmentDeadline(getDepartmentDeadline()).putAllSlaTargets(getSlaTargets())
        .responseTarget(getResponseTarget()).weights(getWeights()).putAllSources(getSources()).build();
  }

  /**
   * Finds a built-in policy.
   *
   * @param id the id
   * @return the policy, or empty
   */
  public static java.util.Optional<DemandPolicy> find(String id) {
    java.util.Objects.requireNonNull(id, "id");
    return all().stream().filter(p -> p.getId().equals(id)).findFirst();
  }

  /**
   * Returns a built-in policy.
   *
   * @param id the id, not null
   * @return the policy
   * @throws IllegalArgumentException naming the known ids when there is none with this id
   */
  public static DemandPolicy get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown demand policy '" + id + "'; known: "
        + String.join(", ", all().stream().map(DemandPolicy::getId).toArray(String[]::new))));
  }

  /**
   * Returns every built-in policy.
   *
   * @return the policies: Jiayuguan, Jian'ou, Jianping
   */
  public static List<DemandPolicy> all() {
    return List.of(jiayuguan(), jianou(), jianping());
  }

  private static final Source LOCAL_WEIGHTS = Source.of("NATIONAL.md: demand handling", "30/35/35 used by one county; local, UNCONFIRMED for Beijing");

  /**
   * Jiayuguan (seed 001): 7 domains, community joint meetings, the street 大工委 quarterly,
   * departments with a deadline. Four of the seven domain names are the seed's; three are
   * placeholders (it names only four).
   *
   * @return the policy
   */
  public static DemandPolicy jiayuguan() {
    Source s001 = Source.of("seed 001 (甘肃嘉峪关市)", "185 demands in 7 domains; unclaimed ones go to the street 大工委 quarterly");
    return builder().id("gansu-jiayuguan-demands").source(s001)
        .addAllCategories(List.of("facility-renovation", "environment", "elderly-care", "child-care", "domain-5", "domain-6", "domain-7"))
        .putAllSettleBy(Map.of(DemandSize.SMALL, DemandLevel.GRID, DemandSize.LARGE, DemandLevel.COMMUNITY))
        .communityMeetingMonths(1).departmentDeadline(Duration.ofDays(30)).putAllSlaTargets(Map.of())
        .responseTarget(Duration.ofHours(48)).weights(Weights.of(0.30, 0.35, 0.35))
        .putAllSources(Map.of("categories", Source.of("seed 001", "设施改造、环境、养老、托育 and 3 domains not named"),
            "communityMeetingMonths", Source.of("seed 001", "claimed at the community joint meeting; monthly is this library's default"),
            "departmentDeadline", Source.of("seed 001", "departments get a deadline; 30 days is an example, not published"),
            "weights", LOCAL_WEIGHTS)).build();
  }

  /**
   * Jian'ou (seed 001): 50% resolved the same day, 80% within two days, 95% within three.
   *
   * @return the policy
   */
  public static DemandPolicy jianou() {
    Source s001 = Source.of("seed 001 (福建建瓯市)", "50% 当天办结, 80% 两天内, 95% 三天内");
    return builder().id("fujian-jianou-demands").source(s001).addAllCategories(List.of("general"))
        .putAllSettleBy(Map.of(DemandSize.SMALL, DemandLevel.GRID, DemandSize.LARGE, DemandLevel.COMMUNITY))
        .communityMeetingMonths(1).departmentDeadline(Duration.ofDays(7))
        .putAllSlaTargets(Map.of(Duration.ofDays(1), 0.5, Duration.ofDays(2), 0.8, Duration.ofDays(3), 0.95))
        .responseTarget(Duration.ofHours(24)).weights(Weights.of(0.30, 0.35, 0.35))
        .putAllSources(Map.of("slaTargets", s001, "weights", LOCAL_WEIGHTS)).build();
  }

  /**
   * Jianping (seed 004): response within 12 hours (cut from 48), "小事不出网格、大事不出社区", 8
   * grid-matter categories (three named, five placeholders).
   *
   * @return the policy
   */
  public static DemandPolicy jianping() {
    Source s004 = Source.of("seed 004 (辽宁建平县)", "响应时间由48小时压缩至12小时; 8 categories of grid matters");
    return builder().id("liaoning-jianping-demands").source(s004)
        .addAllCategories(List.of("party-building", "public-order", "public-safety", "category-4", "category-5", "category-6", "category-7", "category-8"))
        .putAllSettleBy(Map.of(DemandSize.SMALL, DemandLevel.GRID, DemandSize.LARGE, DemandLevel.COMMUNITY))
        .communityMeetingMonths(1).departmentDeadline(Duration.ofDays(15)).putAllSlaTargets(Map.of())
        .responseTarget(Duration.ofHours(12)).weights(Weights.of(0.30, 0.35, 0.35))
        .putAllSources(Map.of("responseTarget", s004, "weights", LOCAL_WEIGHTS)).build();
  }

  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("DemandPolicy", "id", getId(), "source", getSource(),
        "categories", getCategories(), "settleBy", getSettleBy(), "communityMeetingMonths", getCommunityMeetingMonths(),
        "departmentDeadline", getDepartmentDeadline(), "slaTargets", getSlaTargets(), "responseTarget", getResponseTarget(),
        "weights", getWeights(), "sources", getSources());
  }
}
