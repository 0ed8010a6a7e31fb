package org.jiceng.governance.json;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.core.DisplayText;

/** What a streaming read saw: counts, and the problems collected in lenient mode. */
@Value.Immutable
public abstract class ReadSummary {
  ReadSummary() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReadSummary}. */
  public static final class Builder extends ImmutableReadSummary.Builder {}

  /**
   * Returns the profile id the file names.
   *
   * @return the id, empty when the file names none (or its header was not read)
   */
  public abstract Optional<String> getProfile();

  /**
   * Returns the county, once the header was read.
   *
   * @return the county area
   */
  public abstract Optional<org.jiceng.governance.core.area.Area> getCounty();

  /**
   * Returns the number of streets read.
   *
   * @return the count
   */
  public abstract int getStreets();

  /**
   * Returns the number of communities handed to the action (bad ones skipped in lenient mode are
   * not counted).
   *
   * @return the count
   */
  public abstract int getCommunities();

  /**
   * Returns the number of grids in those communities.
   *
   * @return the count
   */
  public abstract long getGrids();

  /**
   * Returns the problems found in lenient mode, in file order.
   *
   * @return the problems, empty in strict mode
   */
  public abstract List<FormatProblem> getProblems();

  /**
   * Returns how many problems were found, including those beyond the ones kept ({@link
   * DatasetReader#withMaxProblems}).
   *
   * @return the count
   */
  @Value.Default
  public long getProblemCount() {
    return getProblems().size();
  }

  /**
   * Returns a summary: the profile, the county, the counts and the problems; made safe to print
   * ({@link DisplayText#of}), since names quote the file.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return DisplayText.of("ReadSummary{" + getProfile().map(p -> "profile=" + p + ", ").orElse("")
        + getCounty().map(c -> "county=" + c.getId() + " (" + c.getName() + "), ").orElse("")
        + "streets=" + getStreets() + ", communities=" + getCommunities() + ", grids=" + getGrids()
        + ", problemCount=" + getProblemCount() + ", problems=" + getProblems() + "}");
  }
}
