package org.jiceng.governance.core.area;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.jiceng.governance.core.InvalidValueException.Problem;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.internal.Checks;

/**
 * One node of the area tree: a county, street, community, compound, grid, micro-grid, building
 * or household ({@link AreaLevel}). Counts are what the data declares; a {@link
 * org.jiceng.governance.core.jurisdiction.Jurisdiction} adds up the children where a count is not
 * declared.
 *
 * <pre>{@code
 * Area grid = Area.builder()
 *     .id("kazuo-g001").level(AreaLevel.GRID).name("第一网格")
 *     .parentId("kazuo-c01").households(300).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Area implements org.jiceng.governance.core.Identified {
  Area() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Area}; every attribute is set at most once. */
  public static final class Builder extends ImmutableArea.Builder {
    Builder() {} // by builder()
  }

  /**
   * Returns the identifier, unique within a jurisdiction.
   *
   * @return the id, not blank
   */
  @Override
  @NotBlank
  public abstract String getId();

  /**
   * Returns the level.
   *
   * @return the level, not null
   */
  public abstract AreaLevel getLevel();

  /**
   * Returns the name, e.g. {@code 城北社区}.
   *
   * @return the name, not blank
   */
  @Override
  @NotBlank
  public abstract String getName();

  /**
   * Returns the id of the enclosing area.
   *
   * @return the parent id, empty for the root of a jurisdiction
   */
  public abstract Optional<String> getParentId();

  /**
   * Returns the statistical division code, where the area has one (streets and communities).
   *
   * @return the code, may be empty
   */
  public abstract Optional<DivisionCode> getDivisionCode();

  /**
   * Returns the declared number of households (户数).
   *
   * @return the count, empty when not declared
   */
  public abstract @PositiveOrZero OptionalInt getHouseholds();

  /**
   * Returns the declared number of permanent residents (常住人口).
   *
   * @return the count, empty when not declared
   */
  public abstract @PositiveOrZero OptionalInt getPermanentResidents();

  /**
   * Returns the declared number of urban permanent residents (城镇常住人口), the base of the
   * staffing ratio.
   *
   * @return the count, empty when not declared
   */
  public abstract @PositiveOrZero OptionalInt getUrbanPermanentResidents();

  /**
   * Returns the care tags of a household (七个必访); empty for every other level.
   *
   * @return the tags, not null
   */
  public abstract Set<CareTag> getCareTags();

  /**
   * Returns the grid matters (网格事项) departments push onto this grid or micro-grid, by
   * category id; a profile's admission list (网格事项准入) says which are allowed.
   *
   * @return the matters, empty for every other level
   */
  public abstract Set<String> getMatters();

  @Value.Check
  final void check() {
    checkCount("households", getHouseholds());
    checkCount("permanentResidents", getPermanentResidents());
    checkCount("urbanPermanentResidents", getUrbanPermanentResidents());
    if (getUrbanPermanentResidents().isPresent()
        && getPermanentResidents().isPresent()
        && getUrbanPermanentResidents().getAsInt() > getPermanentResidents().getAsInt()) {
      throw Checks.refused(this, getId(), Problem.URBAN_EXCEEDS_PERMANENT,
          getUrbanPermanentResidents().getAsInt(), getPermanentResidents().getAsInt());
    }
    if (getLevel() != AreaLevel.HOUSEHOLD && !getCareTags().isEmpty()) {
      throw Checks.refused(this, getId(), Problem.CARE_TAGS_NOT_ON_HOUSEHOLD, getLevel());
    }
    if (getParentId().filter(getId()::equals).isPresent()) {
      throw Checks.refused(this, getId(), Problem.OWN_PARENT);
    }
    if (!getMatters().isEmpty() && getLevel() != AreaLevel.GRID && getLevel() != AreaLevel.MICRO_GRID) {
      throw Checks.refused(this, getId(), Problem.MATTERS_NOT_ON_GRID, getLevel());
    }
    Checks.checkText(this, getId(), getName());
  }

  private void checkCount(String name, OptionalInt value) {
    if (value.isPresent() && value.getAsInt() < 0) {
      throw Checks.refused(this, getId(), Problem.NEGATIVE, name, value.getAsInt());
    }
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("Area",
        "id", getId(), "level", getLevel(), "name", getName(), "parentId", getParentId(),
        "divisionCode", getDivisionCode(), "households", getHouseholds(), "permanentResidents", getPermanentResidents(),
        "urbanPermanentResidents", getUrbanPermanentResidents(), "careTags", getCareTags(), "matters", getMatters());
  }
}
