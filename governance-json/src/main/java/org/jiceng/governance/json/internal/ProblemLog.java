package org.jiceng.governance.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jiceng.governance.json.FormatProblem;

/**
 * The problems of a lenient read: every one is counted and passed on, the first {@code max} are
 * kept, so that memory stays bounded whatever the file holds. Not API.
 */
public final class ProblemLog implements Consumer<FormatProblem> {
  private final int max;
  private final Consumer<FormatProblem> forward;
  private final List<FormatProblem> kept = new ArrayList<>();
  private long count;

  /**
   * Creates a log.
   *
   * @param max the problems kept
   * @param forward receives every problem as it is found
   */
  public ProblemLog(int max, Consumer<FormatProblem> forward) {
    this.max = max;
    this.forward = forward;
  }

  @Override
  public void accept(FormatProblem p) {
    count++;
    if (kept.size() < max) {
      kept.add(p);
    }
    forward.accept(p);
  }

  /**
   * Adds several problems.
   *
   * @param problems the problems, in file order
   */
  public void addAll(List<FormatProblem> problems) {
    problems.forEach(this);
  }

  /**
   * Returns the problems kept.
   *
   * @return the first problems, in file order
   */
  public List<FormatProblem> kept() {
    return kept;
  }

  /**
   * Returns the number of problems seen.
   *
   * @return the count
   */
  public long count() {
    return count;
  }
}
