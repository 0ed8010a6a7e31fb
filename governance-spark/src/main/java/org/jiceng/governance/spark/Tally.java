package org.jiceng.governance.spark;

import java.io.Serializable;
import java.util.TreeMap;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.compliance.Severity;

/**
 * What one partition of the input adds to the whole: the county-wide part of its run (the aggregate
 * rules' accumulators), its local findings counted by severity, its bad lines and the counties
 * it saw. Tallies merge associatively ({@link #merge}), so Spark may combine them in any tree.
 */
final class Tally implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The county-wide part; null when the partition held no good line. */
  ComplianceEngine.Partial partial;
  long errors;
  long warnings;
  long infos;
  long badLines;
  long lines;
  /** County id to name: a few entries, one per county in the input. */
  final TreeMap<String, String> counties = new TreeMap<>();

  void count(Severity s) {
    if (s.isAtLeast(Severity.ERROR)) {
      errors++;
    } else if (s.isAtLeast(Severity.WARNING)) {
      warnings++;
    } else {
      infos++;
    }
  }

  /**
   * Merges another tally into this one.
   *
   * @param other the other tally, not used again
   * @param engine merges the county-wide parts
   * @return this tally
   */
  Tally merge(Tally other, ComplianceEngine engine) {
    if (partial == null) {
      partial = other.partial;
    } else if (other.partial != null) {
      partial = engine.merge(partial, other.partial);
    }
    errors += other.errors;
    warnings += other.warnings;
    infos += other.infos;
    badLines += other.badLines;
    lines += other.lines;
    other.counties.forEach(counties::putIfAbsent);
    return this;
  }
}
