package org.jiceng.governance.core.party;

/**
 * Kinds of party organization, from the street's working committee down to the central
 * household. The order is the nesting order: an organization's parent is of an earlier kind,
 * except that a branch and a joint branch are peers.
 */
public enum PartyOrganizationKind {
  /** 街道党工委 (often widened into a "大工委"). */
  WORKING_COMMITTEE(0),
  /** 党委 / 基层党委 (a community's, often widened into a "大党委"): 100+ members. */
  COMMITTEE(1),
  /** 党总支: 50–99 members. */
  GENERAL_BRANCH(2),
  /** 党支部: 3–50 members. */
  BRANCH(3),
  /** 联合党支部: units with fewer than 3 full members each, normally at most 5 units. */
  JOINT_BRANCH(3),
  /** 党小组: a group inside a branch (grid or building group). */
  GROUP(4),
  /** 党员中心户: a member who looks after a set of neighbouring households. */
  CENTRAL_HOUSEHOLD(5);

  private final int rank;

  PartyOrganizationKind(int rank) {
    this.rank = rank;
  }

  /**
   * Tells whether an organization of this kind may directly lead one of {@code child}'s kind.
   *
   * @param child the kind of the would-be child, not null
   * @return true if this kind nests above the child's
   */
  public boolean canLead(PartyOrganizationKind child) {
    return rank < java.util.Objects.requireNonNull(child, "child").rank;
  }
}
