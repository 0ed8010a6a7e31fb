package org.jiceng.governance.rules.compliance;

import java.util.List;
import org.immutables.value.Value;
import org.jiceng.governance.core.DisplayText;

/**
 * The result of checking a jurisdiction against a profile: summary counts, measured figures and
 * findings sorted by severity (most serious first), then by where they were read.
 */
@Value.Immutable
public abstract class ComplianceReport {
  ComplianceReport() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ComplianceReport}. */
  public static final class Builder extends ImmutableComplianceReport.Builder {
    Builder() {} // by builder()
  }

  /**
   * Returns the profile id.
   *
   * @return the id
   */
  public abstract String getProfile();

  /**
   * Returns the id of the county checked.
   *
   * @return the subject id
   */
  public abstract String getSubject();

  /**
   * Returns the county's name.
   *
   * @return the name
   */
  public abstract String getSubjectName();

  /**
   * Returns the communities checked.
   *
   * @return the count
   */
  public abstract int getCommunities();

  /**
   * Returns the grids checked.
   *
   * @return the count
   */
  public abstract long getGrids();

  /**
   * Returns the measured figures.
   *
   * @return the figures
   */
  public abstract List<Measurement> getMeasured();

  /**
   * Returns the findings, sorted.
   *
   * @return the findings
   */
  public abstract List<Finding> getFindings();

  /**
   * Counts the findings of one severity.
   *
   * @param severity the severity, not null
   * @return the count
   */
  public long count(Severity severity) {
    return getFindings().stream().filter(f -> f.getSeverity() == severity).count();
  }

  /**
   * Tells whether any finding is at least as serious as a threshold.
   *
   * @param threshold the threshold, not null
   * @return true when one is
   */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return getFindings().stream().anyMatch(f -> f.getSeverity().isAtLeast(threshold));
  }

  /**
   * Makes the subject's id and name safe to print, as every report prints them ({@link
   * DisplayText#of}): they quote the data set.
   *
   * @return this report, or a copy with those texts made safe
   */
  @Value.Check
  protected ComplianceReport normalize() {
    String subject = DisplayText.of(getSubject());
    String subjectName = DisplayText.of(getSubjectName());
    if (subject.equals(getSubject()) && subjectName.equals(getSubjectName())) {
      return this;
    }
    return ((ImmutableComplianceReport) ImmutableComplianceReport.copyOf(this)).withSubject(subject).withSubjectName(subjectName);
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("ComplianceReport",
        "profile", getProfile(), "subject", getSubject(), "subjectName", getSubjectName(), "communities", getCommunities(),
        "grids", getGrids(), "measured", getMeasured(), "findings", getFindings());
  }
}
