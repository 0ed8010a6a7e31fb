package org.jiceng.governance.json;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;

/**
 * A dataset read whole: the jurisdiction, the standards profile the file names, and (in lenient
 * mode) the problems found. In strict mode the problems are always empty and the jurisdiction
 * is always present.
 */
@Value.Immutable
public abstract class Dataset {
  Dataset() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dataset}. */
  public static final class Builder extends ImmutableDataset.Builder {}

  /**
   * Returns the id of the standards profile the file names ({@code "profile"}).
   *
   * @return the profile id, may be empty
   */
  public abstract Optional<String> getProfile();

  /**
   * Returns the jurisdiction; empty only in lenient mode when the parts that were readable do not
   * form a consistent jurisdiction.
   *
   * @return the jurisdiction
   */
  public abstract Optional<Jurisdiction> getJurisdiction();

  /**
   * Returns the problems found in lenient mode, in file order: the first {@link
   * DatasetReader#withMaxProblems} of them.
   *
   * @return the problems, empty in strict mode
   */
  public abstract List<FormatProblem> getProblems();

  /**
   * Returns how many problems were found, including those beyond the ones kept.
   *
   * @return the count
   */
  @Value.Default
  public long getProblemCount() {
    return getProblems().size();
  }

  /**
   * Returns where each id was read (JSON Pointer, line, column), so that findings of a check of
   * the whole dataset point into the file; empty for a dataset not read from a file.
   *
   * @return the locator
   */
  @Value.Auxiliary
  @Value.Default
  public org.jiceng.governance.rules.compliance.Locator getLocator() {
    return org.jiceng.governance.rules.compliance.Locator.none();
  }

  /**
   * Returns a summary: the profile, the jurisdiction's summary and the problems; made safe to
   * print ({@link DisplayText#of}).
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return DisplayText.of("Dataset{" + getProfile().map(p -> "profile=" + p + ", ").orElse("")
        + "jurisdiction=" + getJurisdiction().map(Object::toString).orElse("none") + ", problems=" + getProblems() + "}");
  }
}
