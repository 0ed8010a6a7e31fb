package org.jiceng.governance.rules.demand;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jiceng.governance.rules.profile.Source;

/**
 * The local rules of a demand list, each figure with its source: the category taxonomy, how high
 * each size may go before it is out of place ("小事不出网格、大事不出社区"), the meeting calendar,
 * department deadlines, service-level targets and the evaluation weights.
 *
 * @param id the policy id
 * @param source where the policy comes from
 * @param categories the taxonomy; a demand of another category is rejected
 * @param settleBy the highest level each size should be settled at
 * @param communityMeetingMonths months between community joint meetings (1 monthly, 3 quarterly)
 * @param departmentDeadline the time a department gets
 * @param slaTargets share of demands to resolve within each duration (Jian'ou 50% / 1 day, …)
 * @param responseTarget the time within which a demand gets its first response
 * @param weights evaluation weights of response, resolution and satisfaction rates
 * @param sources the source of each figure, by name
 */
public record DemandPolicy(String id, Source source, List<String> categories, Map<DemandSize, DemandLevel> settleBy,
    int communityMeetingMonths, Duration departmentDeadline, Map<Duration, Double> slaTargets, Duration responseTarget,
    Weights weights, Map<String, Source> sources) {

  /** Evaluation weights; they sum to 1. @param response of the response rate @param resolution of the completion rate @param satisfaction of the satisfaction rate */
  public record Weights(double response, double resolution, double satisfaction) {
    /** Validates. */
    public Weights {
      if (Math.abs(response + resolution + satisfaction - 1) > 1e-9 || response < 0 || resolution < 0 || satisfaction < 0) {
        throw new IllegalArgumentException("Weights must be >= 0 and sum to 1, found " + response + ", " + resolution + ", " + satisfaction);
      }
    }
  }

  /** Validates. */
  public DemandPolicy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    categories = List.copyOf(categories);
    settleBy = Map.copyOf(settleBy);
    slaTargets = Map.copyOf(slaTargets);
    sources = Map.copyOf(sources);
    Objects.requireNonNull(departmentDeadline, "departmentDeadline");
    Objects.requireNonNull(responseTarget, "responseTarget");
    Objects.requireNonNull(weights, "weights");
    if (communityMeetingMonths < 1 || communityMeetingMonths > 12) {
      throw new IllegalArgumentException("Community meetings every 1-12 months, found " + communityMeetingMonths);
    }
  }

  /**
   * Returns a copy with another meeting calendar (for comparing monthly and quarterly meetings).
   *
   * @param months months between community meetings
   * @return the policy
   */
  public DemandPolicy withCommunityMeetingMonths(int months) {
    return new DemandPolicy(id, source, categories, settleBy, months, departmentDeadline, slaTargets, responseTarget, weights, sources);
  }

  /**
   * Finds a built-in policy.
   *
   * @param id the id
   * @return the policy, or empty
   */
  public static java.util.Optional<DemandPolicy> find(String id) {
    java.util.Objects.requireNonNull(id, "id");
    return all().stream().filter(p -> p.id().equals(id)).findFirst();
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
        + String.join(", ", all().stream().map(DemandPolicy::id).toArray(String[]::new))));
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
    return new DemandPolicy("gansu-jiayuguan-demands", s001,
        List.of("facility-renovation", "environment", "elderly-care", "child-care", "domain-5", "domain-6", "domain-7"),
        Map.of(DemandSize.SMALL, DemandLevel.GRID, DemandSize.LARGE, DemandLevel.COMMUNITY), 1, Duration.ofDays(30),
        Map.of(), Duration.ofHours(48), new Weights(0.30, 0.35, 0.35),
        Map.of("categories", Source.of("seed 001", "设施改造、环境、养老、托育 and 3 domains not named"),
            "communityMeetingMonths", Source.of("seed 001", "claimed at the community joint meeting; monthly is this library's default"),
            "departmentDeadline", Source.of("seed 001", "departments get a deadline; 30 days is an example, not published"),
            "weights", LOCAL_WEIGHTS));
  }

  /**
   * Jian'ou (seed 001): 50% resolved the same day, 80% within two days, 95% within three.
   *
   * @return the policy
   */
  public static DemandPolicy jianou() {
    Source s001 = Source.of("seed 001 (福建建瓯市)", "50% 当天办结, 80% 两天内, 95% 三天内");
    return new DemandPolicy("fujian-jianou-demands", s001, List.of("general"),
        Map.of(DemandSize.SMALL, DemandLevel.GRID, DemandSize.LARGE, DemandLevel.COMMUNITY), 1, Duration.ofDays(7),
        Map.of(Duration.ofDays(1), 0.5, Duration.ofDays(2), 0.8, Duration.ofDays(3), 0.95), Duration.ofHours(24),
        new Weights(0.30, 0.35, 0.35), Map.of("slaTargets", s001, "weights", LOCAL_WEIGHTS));
  }

  /**
   * Jianping (seed 004): response within 12 hours (cut from 48), "小事不出网格、大事不出社区", 8
   * grid-matter categories (three named, five placeholders).
   *
   * @return the policy
   */
  public static DemandPolicy jianping() {
    Source s004 = Source.of("seed 004 (辽宁建平县)", "响应时间由48小时压缩至12小时; 8 categories of grid matters");
    return new DemandPolicy("liaoning-jianping-demands", s004,
        List.of("party-building", "public-order", "public-safety", "category-4", "category-5", "category-6", "category-7", "category-8"),
        Map.of(DemandSize.SMALL, DemandLevel.GRID, DemandSize.LARGE, DemandLevel.COMMUNITY), 1, Duration.ofDays(15),
        Map.of(), Duration.ofHours(12), new Weights(0.30, 0.35, 0.35), Map.of("responseTarget", s004, "weights", LOCAL_WEIGHTS));
  }
}
