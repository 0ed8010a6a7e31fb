package org.jiceng.governance.rules.profile;

/**
 * Which grids the profile's {@code party.grid-cell} applies to. Qianxi sets a branch in each of
 * its 66 compound grids (小区网格) while its 10 community grids (社区网格) are served by the
 * community's own organization.
 *
 * @since 0.2
 */
public enum GridCellScope {
  /** Every grid. */
  ALL_GRIDS,
  /** Only grids inside a compound (小区网格); grids directly under a community are served by it. */
  COMPOUND_GRIDS
}
