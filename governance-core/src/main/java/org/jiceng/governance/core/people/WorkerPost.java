package org.jiceng.governance.core.people;

/**
 * Post (岗位) of a community worker. The grades each post may hold depend on the grade system of
 * the profile (三岗十八级, 三岗十六级, 四岗十八级), so the grade itself is a plain number here.
 */
public enum WorkerPost {
  /** 正职: secretary and/or director (书记/主任). */
  PRINCIPAL,
  /** 副职: deputy secretary or deputy director. */
  DEPUTY,
  /** 专职委员 / 其他: full-time committee member, in the four-post systems. */
  MEMBER,
  /** 一般工作人员: other community staff. */
  STAFF
}
