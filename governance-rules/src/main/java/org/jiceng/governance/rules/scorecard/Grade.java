package org.jiceng.governance.rules.scorecard;

import java.util.Locale;

/** A community's grade, from its total score and the profile's cut-offs. */
public enum Grade {
  /** 优秀: at or above {@code scorecard.grade.excellent}. */
  EXCELLENT("优秀", "Excellent"),
  /** 良好: at or above {@code scorecard.grade.good}. */
  GOOD("良好", "Good"),
  /** 合格: at or above {@code scorecard.grade.pass}. */
  PASS("合格", "Pass"),
  /** 不合格: below the pass mark. */
  FAIL("不合格", "Fail");

  private final String zh;
  private final String en;

  Grade(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /**
   * Returns the grade's name in a language: Chinese unless the locale is English.
   *
   * @param locale the language, not null
   * @return the name
   */
  public String getName(Locale locale) {
    return locale.getLanguage().equals("en") ? en : zh;
  }
}
