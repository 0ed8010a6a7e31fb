package org.jiceng.governance.rules.demand;

import java.util.Optional;

/** Where a demand is being handled; escalation goes up this order. */
public enum DemandLevel {
  /** 网格. */
  GRID,
  /** 社区 (community joint meeting). */
  COMMUNITY,
  /** 街道 (the street's 大工委 joint meeting). */
  STREET,
  /** 职能部门 / 区县 (a department with a deadline). */
  DEPARTMENT;

  /**
   * Returns the next level up.
   *
   * @return the level, empty at the top
   */
  public Optional<DemandLevel> next() {
    return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
  }
}
