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
  default void problem(DatasetProblem problem) {}

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
}
