package org.jiceng.governance.core.area;

/** Household tags that oblige a care visit: Qianxi's "seven must-visits" (七个必访, seed 003). */
public enum CareTag {
  /** 党员遇困: a party member falls on hard times. */
  PARTY_MEMBER_IN_HARDSHIP,
  /** 特殊人群家庭: a special-population family. */
  SPECIAL_POPULATION,
  /** 重点信访户: a key petitioner household. */
  KEY_PETITIONER,
  /** 残疾人等特殊群体: disabled people and other special groups. */
  DISABLED,
  /** 矛盾纠纷当事人: parties to a dispute. */
  DISPUTE_PARTY,
  /** 独居、空巢老人: elderly living alone or empty-nest. */
  ELDERLY_ALONE,
  /** 遭遇重大变故: a household struck by a major accident. */
  MAJOR_ACCIDENT
}
