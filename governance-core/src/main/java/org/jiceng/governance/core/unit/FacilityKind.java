package org.jiceng.governance.core.unit;

/** The three tiers of service places (阵地), plus love stations. */
public enum FacilityKind {
  /** 党群服务中心: community party-mass service centre. */
  CENTER,
  /** 党群服务站: compound or grid station. */
  STATION,
  /** 党群服务点: service point. */
  POINT,
  /** 爱心驿站: love station for riders, drivers and outdoor workers. */
  LOVE_STATION
}
