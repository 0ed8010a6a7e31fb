package org.jiceng.governance.json;

import org.jiceng.governance.rules.compliance.Finding;

/**
 * Receives what {@link DatasetValidator} finds as it reads, so that memory stays bounded whatever
 * the input holds. Called from the thread that called {@code validate}, one call at a time, in
 * the same order whatever the number of threads: each community's findings (in report order)
 * after those of the community before it and after the problems found before it in the file;
 * the county-wide findings at the end.
 */
public interface ValidationListener {
  /**
   * Receives a format problem.
   *
   * @param problem the problem
   */
  default void problem(FormatProblem problem) {}

  /**
   * Receives a finding.
   *
   * @param finding the finding
   */
  default void finding(Finding finding) {}

  /**
   * Tells that one more community was checked (for progress).
   *
   * @param communities the communities checked so far
   */
  default void communityChecked(int communities) {}

  /**
   * Returns a listener that passes everything on to this one and hands each finding to {@code
   * findings} too.
   *
   * @param findings receives each finding, not null
   * @return the listener
   */
  default ValidationListener alsoFindings(java.util.function.Consumer<? super Finding> findings) {
    java.util.Objects.requireNonNull(findings, "findings");
    ValidationListener self = this;
    return new ValidationListener() {
      @Override
      public void problem(FormatProblem problem) {
        self.problem(problem);
      }

      @Override
      public void finding(Finding finding) {
        findings.accept(finding);
        self.finding(finding);
      }

      @Override
      public void communityChecked(int communities) {
        self.communityChecked(communities);
      }
    };
  }
}
