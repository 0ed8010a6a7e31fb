package org.jiceng.governance.rules.profile;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganizationKind;

/**
 * The party cell a profile's chain asks of one compound or grid, and whether the data has it;
 * shared by the rules {@code party.grid-cell} and {@code party.compound-branch} and by the
 * advisor, so that a finding and the advice to fix it never disagree.
 *
 * <ul>
 *   <li>A compound needs a branch (or more, or a joint branch spanning it) on it or on an area
 *       inside it when {@code party.compound-branch} is true.
 *   <li>A grid needs {@code party.grid-cell} on the grid itself, unless {@code
 *       party.grid-cell-scope} is {@link GridCellScope#COMPOUND_GRIDS} and the grid sits directly
 *       under its community.
 * </ul>
 *
 * @since 0.2
 */
public final class CellRequirements {
  private static final Set<PartyOrganizationKind> BRANCH_OR_MORE = EnumSet.of(
      PartyOrganizationKind.COMMITTEE, PartyOrganizationKind.GENERAL_BRANCH, PartyOrganizationKind.BRANCH,
      PartyOrganizationKind.JOINT_BRANCH);

  private CellRequirements() {}

  /** What one area needs, and the parameter that asks it. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static class Need {
    Need() {}

    /**
     * Returns the cell needed.
     *
     * @return the cell, never {@link GridCell#NONE}
     */
    @Value.Parameter
    public abstract GridCell getCell();

    /**
     * Returns the parameter that asks it.
     *
     * @return the key
     */
    @Value.Parameter
    public abstract ParameterKey<?> getParameter();

    /**
     * Returns the requirement as text for reports, e.g. {@code BRANCH}.
     *
     * @return the text
     */
    public String getThreshold() {
      return getCell().name();
    }

    // Printed as every value of the library is (DisplayText.ofValue).
    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Need", "cell", getCell(), "parameter", getParameter());
    }
  }

  /**
   * Returns what a compound or grid needs under a profile.
   *
   * @param j the jurisdiction holding the area, not null
   * @param area a compound or grid, not null
   * @param profile the profile, not null
   * @return the need, empty when the profile asks nothing of it
   */
  public static Optional<Need> need(Jurisdiction j, Area area, StandardsProfile profile) {
    requireNonNull(j, "j");
    requireNonNull(profile, "profile");
    switch (requireNonNull(area, "area").getLevel()) {
      case COMPOUND:
        return profile.get(Parameters.COMPOUND_BRANCH).filter(b -> b)
            .map(b -> ImmutableNeed.of(GridCell.BRANCH, Parameters.COMPOUND_BRANCH));
      case GRID:
        Optional<GridCell> cell = profile.get(Parameters.GRID_CELL).filter(c -> c != GridCell.NONE);
        if (cell.isEmpty()) {
          return Optional.empty();
        }
        GridCellScope scope = profile.get(Parameters.GRID_CELL_SCOPE).orElse(GridCellScope.ALL_GRIDS);
        boolean underCommunity = j.getParent(area.getId()).map(p -> p.getLevel() == AreaLevel.COMMUNITY).orElse(false);
        if (scope == GridCellScope.COMPOUND_GRIDS && underCommunity) {
          return Optional.empty();
        }
        return Optional.of(ImmutableNeed.of(cell.get(), Parameters.GRID_CELL));
      default:
        return Optional.empty();
    }
  }

  /**
   * Tells whether the data gives an area the cell it needs: for a compound, on it or inside it; for
   * a grid, on the grid (a joint branch counts on every area it spans).
   *
   * @param j the jurisdiction, not null
   * @param area the compound or grid, not null
   * @param cell the cell needed, not null
   * @return true when it is there
   */
  public static boolean isMet(Jurisdiction j, Area area, GridCell cell) {
    Stream<Area> where = area.getLevel() == AreaLevel.COMPOUND
        ? Stream.concat(Stream.of(area), Stream.of(AreaLevel.values()).flatMap(l -> j.getDescendants(area.getId(), l).stream()))
        : Stream.of(area);
    return where.flatMap(a -> j.getPartyOrganizationsOn(a.getId()).stream()).anyMatch(o -> satisfies(o.getKind(), cell));
  }

  /**
   * Tells whether an organization of a kind is the cell asked, or more.
   *
   * @param kind the organization's kind, not null
   * @param cell the cell asked, not null
   * @return true for a branch or more when a branch is asked, and also for a group otherwise
   */
  public static boolean satisfies(PartyOrganizationKind kind, GridCell cell) {
    java.util.Objects.requireNonNull(kind, "kind");
    java.util.Objects.requireNonNull(cell, "cell");
    switch (cell) {
      case NONE:
        return true;
      case BRANCH:
        return BRANCH_OR_MORE.contains(kind);
      default:
        return BRANCH_OR_MORE.contains(kind) || kind == PartyOrganizationKind.GROUP;
    }
  }
}
