package org.jiceng.governance.rules.ledger;

import java.util.List;
import java.util.Optional;
import org.jiceng.governance.rules.profile.Source;

/**
 * Built-in ledger policies for the cases the seeds and NATIONAL.md describe. Where a source names
 * an activity but publishes no figure (points per act, caps), the figure is an example and its
 * source note says so: points have no national rule and every scale is local (NATIONAL.md).
 */
public final class LedgerPolicies {
  private LedgerPolicies() {}

  private static final String EXAMPLE = "activity named by the source; the figure is an example, not published";

  private static ActivityRule points(String activity, long amount, long capPerDay, boolean confirmed, String doc) {
    return ActivityRule.builder().activity(activity).unit(LedgerUnit.POINTS).amount(amount).capPerDay(capPerDay)
        .confirmationRequired(confirmed).source(Source.of(doc, EXAMPLE)).build();
  }

  /** Jianping's 积分银行 (seed 004): mutual-aid micro-needs earn points, spent at the 文明超市 and at 21 merchants. */
  private static final LedgerPolicy JIANPING = LedgerPolicy.builder()
      .id("liaoning-jianping-points")
      .source(Source.of("seed 004 (辽宁建平县)", "积分银行: 1,600+ passbooks, 21 merchants in 4 alliances, a 文明超市"))
      .putActivities("parcel-collection", points("parcel-collection", 2, 10, false, "seed 004: 代收快递"))
      .putActivities("temporary-care", points("temporary-care", 5, 20, true, "seed 004: 临时照看"))
      .putActivities("appliance-repair", points("appliance-repair", 5, 20, true, "seed 004: 家电维修"))
      .putActivities("phone-help", points("phone-help", 2, 10, false, "seed 004: 手机教学"))
      .putActivities("micro-wish", points("micro-wish", 10, 30, true, "seed 004: 微心愿 (686 fulfilled)"))
      .putActivities("joint-meeting", points("joint-meeting", 3, 3, false, "seed 000/004: 联席会议"))
      .putActivities("volunteer-service", ActivityRule.builder().activity("volunteer-service").unit(LedgerUnit.POINTS).amount(10)
          .perHour(true).capPerMonth(400).source(Source.of("seed 004", EXAMPLE + "; 10 points an hour")).build())
      .expiry(LedgerPolicy.Expiry.END_OF_FOLLOWING_YEAR)
      .build();

  /** Beijing's elderly-care time bank (2022): 1 hour of service banks 1 hour; redeem care from 60 or give to lineal relatives. */
  private static final LedgerPolicy BEIJING = LedgerPolicy.builder()
      .id("beijing-time-bank")
      .source(Source.of("NATIONAL.md: Beijing elderly-care time bank (2022)", "1 hour = 1 time coin; redeemable from age 60 or given to lineal relatives"))
      .putActivities("volunteer-service", ActivityRule.builder().activity("volunteer-service").unit(LedgerUnit.MINUTES).amount(60)
          .perHour(true).confirmationRequired(true)
          .source(Source.of("NATIONAL.md; 志愿服务记录与证明出具办法（试行）2021", "hours of actual service, certified by the organizer")).build())
      .transferToRelatives(true)
      .careFromAge(60)
      .build();

  /** Nanjing's time bank (2019): an account holds at most 1,500 hours, the excess is donated. */
  private static final LedgerPolicy NANJING = LedgerPolicy.builder()
      .id("nanjing-time-bank")
      .source(Source.of("NATIONAL.md: Nanjing time bank (2019)", "at most 1,500 hours an account, the excess donated; redeems service, never money"))
      .putActivities("volunteer-service", ActivityRule.builder().activity("volunteer-service").unit(LedgerUnit.MINUTES).amount(60)
          .perHour(true).confirmationRequired(true).source(Source.of("NATIONAL.md", "hours of actual service")).build())
      .putAccountCaps(AccountKind.TIME_ACCOUNT, 1_500L * 60)
      .build();

  /** Xifeng's time bank (seed 002): younger elderly serve older elderly and bank hours of future care. */
  private static final LedgerPolicy XIFENG = LedgerPolicy.builder()
      .id("liaoning-xifeng-time-bank")
      .source(Source.of("seed 002 (辽宁西丰县)", "“时间银行”互助模式，让低龄老人服务高龄老人，兑换未来照护时长"))
      .putActivities("elderly-care", ActivityRule.builder().activity("elderly-care").unit(LedgerUnit.MINUTES).amount(60)
          .perHour(true).confirmationRequired(true).source(Source.of("seed 002", "1 hour of care banks 1 hour (the Beijing scale; Xifeng publishes none)")).build())
      .careFromAge(60)
      .build();

  private static final List<LedgerPolicy> ALL = List.of(JIANPING, BEIJING, NANJING, XIFENG);

  /**
   * Returns every built-in policy.
   *
   * @return the policies
   */
  public static List<LedgerPolicy> all() {
    return ALL;
  }

  /**
   * Finds a built-in policy.
   *
   * @param id the id, not null
   * @return the policy, or empty
   */
  public static Optional<LedgerPolicy> find(String id) {
    java.util.Objects.requireNonNull(id, "id");
    return ALL.stream().filter(p -> p.getId().equals(id)).findFirst();
  }

  /**
   * Returns a built-in policy.
   *
   * @param id the id, not null
   * @return the policy
   * @throws IllegalArgumentException naming the known ids when there is none with this id
   */
  public static LedgerPolicy get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown ledger policy '" + id + "'; known: "
        + String.join(", ", ALL.stream().map(LedgerPolicy::getId).toArray(String[]::new))));
  }
}
