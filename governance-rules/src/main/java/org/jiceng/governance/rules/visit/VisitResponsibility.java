package org.jiceng.governance.rules.visit;

/**
 * Who may carry a household's care visits, as the data names them: the profile's
 * {@code visits.responsible} lists these in order of preference, and the first one the data has
 * for a household is responsible for its visits.
 */
public enum VisitResponsibility {
  /** 楼栋长/楼门长: the head of the household's building. */
  BUILDING_HEAD,
  /** 党员中心户: a central household on the household's building, micro-grid or grid. */
  CENTRAL_HOUSEHOLD,
  /** 专职网格员: a full-time grid worker of the household's micro-grid or grid. */
  FULL_TIME_GRID_WORKER,
  /** 兼职网格员: a part-time grid worker of the household's micro-grid or grid. */
  PART_TIME_GRID_WORKER,
  /** 网格指导员: the grid instructor. */
  GRID_INSTRUCTOR
}
