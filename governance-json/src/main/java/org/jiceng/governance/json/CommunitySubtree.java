package org.jiceng.governance.json;

import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;

/**
 * One community read in streaming mode, with its context: a consistent {@link Jurisdiction} that
 * holds the county, the street, the street's and county's own parts, the community with
 * everything inside it, and the county-wide units and property companies that concern it (a unit
 * that names the county, the street or an area of the community, or that a part of the subtree
 * names; a company that manages one of its compounds).
 *
 * <p>References from those units and companies to areas outside this subtree are left out of the
 * subtree's copies; whole-file reading checks them. Memory and time per community therefore do
 * not grow with the number of county-wide parts.
 */
@Value.Immutable
public abstract class CommunitySubtree {
  CommunitySubtree() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CommunitySubtree}. */
  public static final class Builder extends ImmutableCommunitySubtree.Builder {
    Builder() {} // by builder()
  }

  /**
   * Returns the profile id the file names.
   *
   * @return the profile id, may be empty
   */
  public abstract Optional<String> getProfile();

  /**
   * Returns the county.
   *
   * @return the county area
   */
  public abstract Area getCounty();

  /**
   * Returns the street.
   *
   * @return the street area
   */
  public abstract Area getStreet();

  /**
   * Returns the community.
   *
   * @return the community area
   */
  public abstract Area getCommunity();

  /**
   * Returns where each id of the subtree was read (JSON Pointer, line, column), for locating
   * findings: {@code CommunityScope.of(s.getJurisdiction(), s.getCommunity().getId(),
   * s.getLocator())}.
   *
   * @return the locator
   */
  @Value.Auxiliary
  public abstract org.jiceng.governance.rules.compliance.Locator getLocator();

  /**
   * Returns the subtree as a jurisdiction rooted at the county.
   *
   * @return the jurisdiction
   */
  @Value.Auxiliary
  public abstract Jurisdiction getJurisdiction();

  /**
   * Returns a summary: the community, its street and county, and its jurisdiction's summary; made
   * safe to print ({@link DisplayText#of}).
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return DisplayText.of("CommunitySubtree{community=" + getCommunity().getId() + " (" + getCommunity().getName() + "), street="
        + getStreet().getId() + ", county=" + getCounty().getId() + getProfile().map(p -> ", profile=" + p).orElse("")
        + ", jurisdiction=" + getJurisdiction() + "}");
  }
}
