package org.jiceng.governance.core.jurisdiction;

/** What is structurally wrong with the parts of a jurisdiction. */
public enum ProblemKind {
  /** Two different parts share one id. */
  DUPLICATE_ID,
  /** A reference names an id that no part has. */
  DANGLING_REFERENCE,
  /** A reference names a part of the wrong kind (a party organization as an area's parent). */
  WRONG_REFERENCE_KIND,
  /** An area sits under a level that cannot contain it (a grid under a building). */
  LEVEL_NOT_ALLOWED,
  /** A party organization sits under a kind that cannot lead it (a branch leading a committee). */
  KIND_NOT_ALLOWED,
  /** A division code is not under the code of the nearest coded ancestor. */
  CODE_NOT_UNDER_PARENT,
  /** No root area, several roots, or a root that is neither a county nor a street. */
  ROOT,
  /** Parents that form a loop. */
  CYCLE
}
