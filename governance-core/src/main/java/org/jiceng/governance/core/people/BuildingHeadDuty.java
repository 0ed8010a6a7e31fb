package org.jiceng.governance.core.people;

/**
 * What a building head (楼栋长 / 楼门长) answers for, where a locality splits the post. Tieling's
 * 双楼长制 gives each building a government-affairs head (政务楼长) and a residents'-affairs head
 * (居务楼长) (seed 002); elsewhere one head does both.
 *
 * @since 0.2
 */
public enum BuildingHeadDuty {
  /** 政务楼长: government affairs passed down to the building. */
  GOVERNMENT_AFFAIRS,
  /** 居务楼长: residents' own affairs and self-governance. */
  RESIDENT_AFFAIRS,
  /** 楼栋长 / 楼门长 where the post is not split. */
  GENERAL
}
