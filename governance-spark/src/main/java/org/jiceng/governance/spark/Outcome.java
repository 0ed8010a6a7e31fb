package org.jiceng.governance.spark;

import java.io.Serializable;

/**
 * One element of the checked input: a finding or a bad line as a JSON line, or the tally of a
 * partition (the last element of each partition).
 */
final class Outcome implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What an outcome holds. */
  enum Kind {
    /** A finding of a local rule, as a JSON line. */
    FINDING,
    /** A line that could not be read, with its problems, as a JSON line. */
    BAD_LINE,
    /** The tally of a partition. */
    TALLY
  }

  final Kind kind;
  final String json;
  final Tally tally;

  private Outcome(Kind kind, String json, Tally tally) {
    this.kind = kind;
    this.json = json;
    this.tally = tally;
  }

  static Outcome finding(String json) {
    return new Outcome(Kind.FINDING, json, null);
  }

  static Outcome badLine(String json) {
    return new Outcome(Kind.BAD_LINE, json, null);
  }

  static Outcome tally(Tally tally) {
    return new Outcome(Kind.TALLY, null, tally);
  }
}
