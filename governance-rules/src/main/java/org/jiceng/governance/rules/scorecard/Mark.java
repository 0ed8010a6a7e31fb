package org.jiceng.governance.rules.scorecard;

import java.util.Locale;

/**
 * The five marks (五有) of Liaoning's "幸福新社区" (seeds 002 and 004): “组织有力、治理有效、
 * 服务有质、邻里有爱、平安有序”.
 */
public enum Mark {
  /** 组织有力: organization strong. */
  ORGANIZATION("组织有力", "Organization strong"),
  /** 治理有效: governance effective. */
  GOVERNANCE("治理有效", "Governance effective"),
  /** 服务有质: service of quality. */
  SERVICE("服务有质", "Service of quality"),
  /** 邻里有爱: neighbourly. */
  NEIGHBOURLINESS("邻里有爱", "Neighbourly"),
  /** 平安有序: safe and orderly. */
  SAFETY("平安有序", "Safe and orderly");

  private final String zh;
  private final String en;

  Mark(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /**
   * Returns the mark's name in a language: Chinese unless the locale is English.
   *
   * @param locale the language, not null
   * @return the name
   */
  public String getName(Locale locale) {
    return locale.getLanguage().equals("en") ? en : zh;
  }
}
