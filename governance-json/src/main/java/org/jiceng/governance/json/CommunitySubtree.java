package org.jiceng.governance.json;

import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;

/**
 * One community read in streaming mode, with its context: a consistent {@link Jurisdiction} that
 * holds the county, the street, the street's and county's own parts, the county-wide units and
 * property companies, and the community with everything inside it.
 *
 * <p>References from county-wide units and property companies to areas outside this subtree are
 * left out of the subtree's copies; whole-file reading checks them.
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
  public static final class Builder extends ImmutableCommunitySubtree.Builder {}

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
}
