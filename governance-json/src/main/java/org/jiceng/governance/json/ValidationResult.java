package org.jiceng.governance.json;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.rules.compliance.ComplianceReport;
import org.jiceng.governance.rules.compliance.Finding;
import org.jiceng.governance.rules.compliance.Measurement;
import org.jiceng.governance.rules.compliance.Severity;

/**
 * What {@link DatasetValidator} found in one input: format problems (the file is not a valid
 * {@code jiceng.dataset/1}) and findings (the data breaks a rule of the profile), each located by
 * file, line, column and JSON Pointer, with the figures measured and the counts.
 *
 * <p>Counts are always exact. The lists hold what was kept: the first {@link
 * DatasetValidator#withMaxProblems} problems, and every finding unless the findings were streamed
 * to a {@link ValidationListener} ({@link #isFindingsRetained()} is then false and {@link
 * #getFindings()} empty).
 *
 * <pre>{@code
 * ValidationResult r = DatasetValidator.of(BuiltInProfiles.get("cn-national")).validate(Path.of("county.json"));
 * if (!r.isSuccessful()) {
 *   r.getProblems().forEach(System.err::println);
 *   r.getFindings().forEach(f -> System.err.println(f.getRule() + " " + f.getLocation()));
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class ValidationResult {
  ValidationResult() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ValidationResult}. */
  public static final class Builder extends ImmutableValidationResult.Builder {}

  /**
   * Returns the label of the input (a file name, or the label the caller gave).
   *
   * @return the source
   */
  public abstract String getSource();

  /**
   * Returns the id of the profile the data was checked against; empty when the input could not
   * be checked (a format problem before any community, or no profile to check against).
   *
   * @return the profile id
   */
  public abstract Optional<String> getProfile();

  /**
   * Returns the id of the county checked, when the input got that far.
   *
   * @return the county id
   */
  public abstract Optional<String> getSubject();

  /**
   * Returns the name of the county checked, when the input got that far.
   *
   * @return the county name
   */
  public abstract Optional<String> getSubjectName();

  /**
   * Returns the communities checked (bad ones skipped by a lenient read are not counted).
   *
   * @return the count
   */
  public abstract int getCommunities();

  /**
   * Returns the grids in the communities checked.
   *
   * @return the count
   */
  public abstract long getGrids();

  /**
   * Returns the format problems kept, in file order.
   *
   * @return the problems
   */
  public abstract List<FormatProblem> getProblems();

  /**
   * Returns the number of format problems, including those beyond the ones kept.
   *
   * @return the count
   */
  @Value.Default
  public long getProblemCount() {
    return getProblems().size();
  }

  /**
   * Returns the findings, in report order ({@code ComplianceEngine.findingOrder()}); empty when
   * they were streamed to a listener.
   *
   * @return the findings
   */
  public abstract List<Finding> getFindings();

  /**
   * Tells whether {@link #getFindings()} holds every finding.
   *
   * @return false when the findings were streamed to a listener instead
   */
  @Value.Default
  public boolean isFindingsRetained() {
    return true;
  }

  /**
   * Returns the figures the county-wide rules measured, sorted by name and subject.
   *
   * @return the figures
   */
  public abstract List<Measurement> getMeasured();

  /**
   * Returns the number of findings of exactly this severity.
   *
   * @param severity the severity, not null
   * @return the count
   */
  public long count(Severity severity) {
    switch (severity) {
      case ERROR:
        return getErrors();
      case WARNING:
        return getWarnings();
      default:
        return getInfos();
    }
  }

  /**
   * Returns the number of error findings.
   *
   * @return the count
   */
  public abstract long getErrors();

  /**
   * Returns the number of warning findings.
   *
   * @return the count
   */
  public abstract long getWarnings();

  /**
   * Returns the number of information findings.
   *
   * @return the count
   */
  public abstract long getInfos();

  /**
   * Tells whether the input is a valid dataset with no error finding.
   *
   * @return true when there is no format problem and no finding at {@link Severity#ERROR}
   */
  public boolean isSuccessful() {
    return getProblemCount() == 0 && getErrors() == 0;
  }

  /**
   * Tells whether the input was read without a format problem, so that the findings cover it.
   *
   * @return true when there is no format problem
   */
  public boolean isReadable() {
    return getProblemCount() == 0;
  }

  /**
   * Returns the most serious severity among the findings.
   *
   * @return the severity, empty when there is no finding
   */
  public Optional<Severity> getWorstSeverity() {
    return getErrors() > 0 ? Optional.of(Severity.ERROR)
        : getWarnings() > 0 ? Optional.of(Severity.WARNING)
        : getInfos() > 0 ? Optional.of(Severity.INFO) : Optional.empty();
  }

  /**
   * Tells whether a finding is at least as serious as a threshold.
   *
   * @param threshold the threshold, not null
   * @return true when one is
   */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return getWorstSeverity().map(s -> s.isAtLeast(threshold)).orElse(false);
  }

  /**
   * Returns the findings as a compliance report.
   *
   * @return the report
   * @throws IllegalStateException if the input could not be checked, or the findings were
   *     streamed and not retained
   */
  public ComplianceReport toReport() {
    if (getProfile().isEmpty() || getSubject().isEmpty()) {
      throw new IllegalStateException("'" + getSource() + "' was not checked: " + getProblemCount() + " format problem(s)");
    }
    if (!isFindingsRetained()) {
      throw new IllegalStateException("The findings of '" + getSource() + "' were streamed to a listener, not retained");
    }
    return toReport(getFindings());
  }

  /**
   * Returns a compliance report of this result's counts and figures with findings a caller
   * collected from a {@link ValidationListener} (in report order).
   *
   * @param findings the findings, not null
   * @return the report
   * @throws IllegalStateException if the input could not be checked
   */
  public ComplianceReport toReport(List<Finding> findings) {
    if (getProfile().isEmpty() || getSubject().isEmpty()) {
      throw new IllegalStateException("'" + getSource() + "' was not checked: " + getProblemCount() + " format problem(s)");
    }
    return ComplianceReport.builder()
        .profile(getProfile().get())
        .subject(getSubject().get())
        .subjectName(getSubjectName().orElse(getSubject().get()))
        .communities(getCommunities())
        .grids(getGrids())
        .addAllMeasured(getMeasured())
        .addAllFindings(findings)
        .build();
  }

  /**
   * Returns a summary: the source, profile, subject, counts and problems; made safe to print
   * ({@link DisplayText#of}), since names quote the file. The findings are counted, not listed.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return DisplayText.of("ValidationResult{source=" + getSource() + getProfile().map(p -> ", profile=" + p).orElse("")
        + getSubject().map(id -> ", subject=" + id + getSubjectName().map(n -> " (" + n + ")").orElse("")).orElse("")
        + ", communities=" + getCommunities() + ", grids=" + getGrids() + ", errors=" + getErrors() + ", warnings=" + getWarnings()
        + ", infos=" + getInfos() + ", findings=" + getFindings().size() + ", problemCount=" + getProblemCount()
        + ", problems=" + getProblems() + "}");
  }
}
