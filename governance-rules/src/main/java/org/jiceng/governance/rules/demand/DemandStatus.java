package org.jiceng.governance.rules.demand;

/** The one state a demand is in. */
public enum DemandStatus {
  /** Submitted, not yet checked against the admission list. */
  SUBMITTED,
  /** Admitted and open at its level, waiting for a claim, an escalation or an assignment. */
  OPEN,
  /** Refused by the admission list (网格事项准入). Final. */
  REJECTED,
  /** Claimed by a co-building unit. */
  CLAIMED,
  /** The community blew the whistle; waiting for the street centre to assign it. */
  WHISTLED,
  /** Assigned to a department with a deadline. */
  ASSIGNED,
  /** The department reported (报到) and is working on it. */
  IN_PROGRESS,
  /** Resolved, waiting for the resident's rating. */
  RESOLVED,
  /** Resolved and rated. */
  RATED,
  /** Withdrawn by the resident. Final. */
  WITHDRAWN;

  /**
   * Tells whether the demand is settled (rejected, resolved, rated or withdrawn).
   *
   * @return true when settled
   */
  public boolean isSettled() {
    return this == REJECTED || this == RESOLVED || this == RATED || this == WITHDRAWN;
  }
}
