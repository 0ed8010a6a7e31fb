package org.jiceng.governance.core.area;

import java.util.EnumSet;
import java.util.Set;

/**
 * The levels of the area tree. Which level may sit under which is fixed here as structure (a
 * grid is never inside a building); which levels a locality actually uses is a standards profile's
 * business (governance-rules).
 */
public enum AreaLevel {
  /** County-level unit (县 / 县级市 / 区): sets standards and pays staff. */
  COUNTY,
  /** Street (街道; 乡镇 in rural areas): the sub-district office. */
  STREET,
  /** Community (社区, 居委会): the basic unit of urban self-governance. */
  COMMUNITY,
  /** Residential compound (小区), with a property company and maybe an owners' committee. */
  COMPOUND,
  /** Grid (网格): a service and management cell of roughly 150–500 households. */
  GRID,
  /** Micro-grid (微网格 / 门牌网格): roughly 30–80 households. */
  MICRO_GRID,
  /** Building (楼栋 / 楼门 / 单元), with a building head. */
  BUILDING,
  /** Household (户). */
  HOUSEHOLD;

  private static final java.util.Map<AreaLevel, Set<AreaLevel>> CHILDREN = children();

  private static java.util.Map<AreaLevel, Set<AreaLevel>> children() {
    java.util.Map<AreaLevel, Set<AreaLevel>> m = new java.util.EnumMap<>(AreaLevel.class);
    m.put(COUNTY, EnumSet.of(STREET));
    m.put(STREET, EnumSet.of(COMMUNITY));
    m.put(COMMUNITY, EnumSet.of(COMPOUND, GRID, BUILDING, HOUSEHOLD));
    m.put(COMPOUND, EnumSet.of(GRID, BUILDING, HOUSEHOLD));
    m.put(GRID, EnumSet.of(MICRO_GRID, BUILDING, HOUSEHOLD));
    m.put(MICRO_GRID, EnumSet.of(BUILDING, HOUSEHOLD));
    m.put(BUILDING, EnumSet.of(HOUSEHOLD));
    m.put(HOUSEHOLD, EnumSet.noneOf(AreaLevel.class));
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Tells whether an area of this level may directly contain one of {@code child}'s level.
   *
   * @param child the level of the would-be child, not null
   * @return true if the nesting is structurally possible
   */
  public boolean canContain(AreaLevel child) {
    return CHILDREN.get(this).contains(java.util.Objects.requireNonNull(child, "child"));
  }
}
