package org.jiceng.governance.rules.profile;

import java.util.Map;
import java.util.Optional;
import org.jiceng.governance.core.people.WorkerPost;

/**
 * A post-and-grade system of community workers (岗位等级序列). Which grades each post may hold.
 * The ranges are secondary-source readings (NATIONAL.md marks them UNCONFIRMED) except where a
 * seed states the system's name only.
 */
public enum GradeSystem {
  /** No grade system is checked. */
  NONE(Map.of()),
  /** 三岗十八级: principal 7–18, deputy 4–15, other workers 1–12. */
  THREE_POSTS_EIGHTEEN_GRADES(
      Map.of(WorkerPost.PRINCIPAL, IntRange.of(7, 18), WorkerPost.DEPUTY, IntRange.of(4, 15),
          WorkerPost.STAFF, IntRange.of(1, 12), WorkerPost.MEMBER, IntRange.of(1, 12))),
  /** 三岗十六级 (Jianping, seed 004): grades 1–16; per-post ranges are not published, so only the span is checked. */
  THREE_POSTS_SIXTEEN_GRADES(
      Map.of(WorkerPost.PRINCIPAL, IntRange.of(1, 16), WorkerPost.DEPUTY, IntRange.of(1, 16),
          WorkerPost.STAFF, IntRange.of(1, 16), WorkerPost.MEMBER, IntRange.of(1, 16))),
  /** 四岗十八级: principal 7–18, deputy 5–16, full-time member 3–14, staff 1–12. */
  FOUR_POSTS_EIGHTEEN_GRADES(
      Map.of(WorkerPost.PRINCIPAL, IntRange.of(7, 18), WorkerPost.DEPUTY, IntRange.of(5, 16),
          WorkerPost.MEMBER, IntRange.of(3, 14), WorkerPost.STAFF, IntRange.of(1, 12)));

  private final Map<WorkerPost, IntRange> grades;

  GradeSystem(Map<WorkerPost, IntRange> grades) {
    this.grades = grades;
  }

  /**
   * Returns the grades a post may hold.
   *
   * @param post the post, not null
   * @return the range, empty when the system does not check the post
   */
  public Optional<IntRange> getGrades(WorkerPost post) {
    return Optional.ofNullable(grades.get(post));
  }
}
