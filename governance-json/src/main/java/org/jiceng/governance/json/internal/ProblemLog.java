package org.jiceng.governance.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jiceng.governance.json.DatasetProblem;

/**
 * The problems of a lenient read: every one is counted and passed on, the first {@code max} are
 * kept, so that memory stays bounded whatever the file holds. Not API.
 */
public final class ProblemLog implements Consumer<DatasetProblem> {
  private final int max;
  private final Consumer<DatasetProblem> forward;
  private final List<DatasetProblem> kept = new ArrayList<>();
  private long count;

  /**
   * Creates a log.
   *
   * @param max the problems kept
   * @param forward receives every problem as it is found
   */
  public ProblemLog(int max, Consumer<DatasetProblem> forward) {
    this.max = max;
    this.forward = forward;
  }

  @Override
  public void accept(DatasetProblem p) {
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
  public void addAll(List<DatasetProblem> problems) {
    problems.forEach(this);
  }

  /**
   * Returns the problems kept.
   *
   * @return the first problems, in file order
   */
  public List<DatasetProblem> kept() {
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
