package org.jiceng.governance.rules.scorecard;

import java.util.Locale;

/**
 * The indicators of the 五有 scorecard. No official indicator list has been published (NATIONAL.md),
 * so the list, like every weight and target, is this project's own choice; each indicator names the
 * seed sentence it rests on ({@link #getBasis()}).
 */
public enum ScorecardIndicator {
  /** Share of grids with a party branch or group on them (网格党组织覆盖率). */
  PARTY_CELL_COVERAGE("party-cell-coverage", Mark.ORGANIZATION, Input.DATASET, "网格党组织覆盖率", "Grids with a party cell",
      "seed 002 (开原市): 构建了“街道党工委—社区党组织—网格党支部—党员中心户”四级组织架构，实现了党的组织和工作全覆盖"),
  /** Reserve candidates for secretary among the community's workers (后备力量). */
  RESERVE_CANDIDATES("reserve-candidates", Mark.ORGANIZATION, Input.DATASET, "书记后备人选", "Reserve candidates for secretary",
      "seed 001 (嘉峪关市): 确保到2025年底换届每个社区都有1—2名成熟可用的后备人选"),
  /** Share of grids with a full-time grid worker (专职网格员配备率). */
  GRID_WORKER_COVERAGE("grid-worker-coverage", Mark.GOVERNANCE, Input.DATASET, "专职网格员配备率", "Grids with a full-time worker",
      "seed 002 (铁岭市): 优化网格设置，配强专职网格员"),
  /** Share of admitted demands completed (办结率), from a demand board. */
  DEMAND_COMPLETION("demand-completion", Mark.GOVERNANCE, Input.DEMANDS, "诉求办结率", "Demands completed",
      "seed 004 (建平县): 通过部门协同解决占道经营、违建拆除等难点问题189个"),
  /** Square metres of service facilities per 100 households (服务场所面积). */
  FACILITY_AREA("facility-area-per-100-households", Mark.SERVICE, Input.DATASET, "每百户服务场所面积", "Facility m² per 100 households",
      "seed 004 (建平县): 累计为8个社区协调落实办公及服务场所3100余平方米"),
  /** Share of rated demands rated satisfied (满意率), from a demand board. */
  DEMAND_SATISFACTION("demand-satisfaction", Mark.SERVICE, Input.DEMANDS, "群众满意率", "Residents satisfied",
      "seed 004 (建平县): 诉求响应时间从48小时缩短至12小时，群众满意率提升至91%"),
  /** In-service party members registered with the community per 100 households (在职党员报到). */
  REGISTERED_MEMBERS("registered-members-per-100-households", Mark.NEIGHBOURLINESS, Input.DATASET, "每百户在职党员报到数",
      "Registered party members per 100 households", "seed 004 (建平县): 1845名在职党员主动到社区报到"),
  /** Share of care visits (elderly, disabled, members in hardship, accidents) made on time (关爱走访及时率). */
  CARE_VISITS("care-visit-coverage", Mark.NEIGHBOURLINESS, Input.VISITS, "关爱走访及时率", "Care visits on time",
      "seed 003 (迁西县): 独居空巢老人必访，帮忙照料日常生活; seed 002: 党员志愿者带头开展全覆盖入户调研，精准掌握社区老人需求"),
  /** Share of passbooks of the community that earned points (积分参与率), from a points ledger. */
  POINTS_PARTICIPATION("points-participation", Mark.NEIGHBOURLINESS, Input.LEDGER, "积分存折参与率", "Passbooks earning points",
      "seed 004 (建平县): 创新“积分银行”模式，打造“服务—积分—激励”正向循环"),
  /** Share of visits to key households (petitioners, special populations, disputes) made on time (重点走访及时率). */
  KEY_VISITS("key-visit-coverage", Mark.SAFETY, Input.VISITS, "重点人员走访及时率", "Key-household visits on time",
      "seed 003 (迁西县): 重点上访户必访…矛盾纠纷当事人必访，对当事人动之以情、晓之以理，及时化解矛盾"),
  /** Share of disputes opened that were settled (矛盾纠纷化解率), from visit events. */
  DISPUTES_SETTLED("disputes-settled", Mark.SAFETY, Input.VISITS, "矛盾纠纷化解率", "Disputes settled",
      "seed 002 (铁岭市): 确保“小事不出社区、大事不出街道、矛盾不上交”; seed 003: 共排查化解居民矛盾纠纷271起");

  /** Where an indicator's figure comes from. */
  public enum Input {
    /** The dataset itself. */
    DATASET,
    /** A demand board (jiceng.demand-events/1). */
    DEMANDS,
    /** Care-visit events (jiceng.visits/1). */
    VISITS,
    /** A points ledger. */
    LEDGER
  }

  private final String id;
  private final Mark mark;
  private final Input input;
  private final String zh;
  private final String en;
  private final String basis;

  ScorecardIndicator(String id, Mark mark, Input input, String zh, String en, String basis) {
    this.id = id;
    this.mark = mark;
    this.input = input;
    this.zh = zh;
    this.en = en;
    this.basis = basis;
  }

  /**
   * Returns the stable id, used in profile keys ({@code scorecard.<id>.weight}) and JSON.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the mark the indicator counts towards.
   *
   * @return the mark
   */
  public Mark getMark() {
    return mark;
  }

  /**
   * Returns where the figure comes from.
   *
   * @return the input
   */
  public Input getInput() {
    return input;
  }

  /**
   * Returns the name in a language: Chinese unless the locale is English.
   *
   * @param locale the language, not null
   * @return the name
   */
  public String getName(Locale locale) {
    return locale.getLanguage().equals("en") ? en : zh;
  }

  /**
   * Returns the seed sentence the indicator rests on.
   *
   * @return the basis
   */
  public String getBasis() {
    return basis;
  }

  /**
   * Finds an indicator by id.
   *
   * @param id the id, not null
   * @return the indicator
   * @throws IllegalArgumentException naming the known ids when none has that id
   */
  public static ScorecardIndicator ofId(String id) {
    java.util.Objects.requireNonNull(id, "id");
    for (ScorecardIndicator i : values()) {
      if (i.id.equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("Unknown scorecard indicator '" + org.jiceng.governance.core.DisplayText.of(id) + "'; known: "
        + java.util.Arrays.stream(values()).map(i -> i.id).collect(java.util.stream.Collectors.joining(", ")));
  }
}
