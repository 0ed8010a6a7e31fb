package org.jiceng.governance.core.code;

/**
 * The organization class (机构类别), second character of a unified social credit code, read
 * together with the registration authority (GB 32100-2015, appendix A).
 */
public enum OrganizationClass {
  /** 11: 机关. */
  GOVERNMENT_ORGAN(RegistrationAuthority.ESTABLISHMENT, '1'),
  /** 12: 事业单位. */
  PUBLIC_INSTITUTION(RegistrationAuthority.ESTABLISHMENT, '2'),
  /** 13: 中央编办直接管理机构编制的群众团体. */
  MASS_ORGANIZATION(RegistrationAuthority.ESTABLISHMENT, '3'),
  /** 21: 外国常驻新闻机构. */
  FOREIGN_NEWS_AGENCY(RegistrationAuthority.FOREIGN_AFFAIRS, '1'),
  /** 31: 律师执业机构. */
  LAW_FIRM(RegistrationAuthority.JUSTICE, '1'),
  /** 32: 公证处. */
  NOTARY_OFFICE(RegistrationAuthority.JUSTICE, '2'),
  /** 33: 基层法律服务所. */
  LEGAL_SERVICE_OFFICE(RegistrationAuthority.JUSTICE, '3'),
  /** 34: 司法鉴定机构. */
  FORENSIC_INSTITUTION(RegistrationAuthority.JUSTICE, '4'),
  /** 35: 仲裁委员会. */
  ARBITRATION_COMMISSION(RegistrationAuthority.JUSTICE, '5'),
  /** 41: 外国在华文化中心. */
  FOREIGN_CULTURAL_CENTRE(RegistrationAuthority.CULTURE, '1'),
  /** 51: 社会团体. */
  SOCIAL_ORGANIZATION(RegistrationAuthority.CIVIL_AFFAIRS, '1'),
  /** 52: 民办非企业单位. */
  PRIVATE_NON_ENTERPRISE(RegistrationAuthority.CIVIL_AFFAIRS, '2'),
  /** 53: 基金会. */
  FOUNDATION(RegistrationAuthority.CIVIL_AFFAIRS, '3'),
  /** 61: 外国旅游部门常驻代表机构. */
  FOREIGN_TOURISM_OFFICE(RegistrationAuthority.TOURISM, '1'),
  /** 62: 港澳台地区旅游部门常驻内地（大陆）代表机构. */
  REGIONAL_TOURISM_OFFICE(RegistrationAuthority.TOURISM, '2'),
  /** 71: 宗教活动场所. */
  RELIGIOUS_SITE(RegistrationAuthority.RELIGION, '1'),
  /** 72: 宗教院校. */
  RELIGIOUS_COLLEGE(RegistrationAuthority.RELIGION, '2'),
  /** 81: 基层工会. */
  GRASSROOTS_TRADE_UNION(RegistrationAuthority.TRADE_UNION, '1'),
  /** 91: 企业. */
  ENTERPRISE(RegistrationAuthority.MARKET_REGULATION, '1'),
  /** 92: 个体工商户. */
  INDIVIDUAL_BUSINESS(RegistrationAuthority.MARKET_REGULATION, '2'),
  /** 93: 农民专业合作社. */
  FARMERS_COOPERATIVE(RegistrationAuthority.MARKET_REGULATION, '3'),
  /** A1: 军队事业单位. */
  MILITARY_INSTITUTION(RegistrationAuthority.MILITARY, '1'),
  /** N1: 组级集体经济组织. */
  GROUP_COLLECTIVE(RegistrationAuthority.AGRICULTURE, '1'),
  /** N2: 村级集体经济组织. */
  VILLAGE_COLLECTIVE(RegistrationAuthority.AGRICULTURE, '2'),
  /** N3: 乡镇级集体经济组织. */
  TOWNSHIP_COLLECTIVE(RegistrationAuthority.AGRICULTURE, '3'),
  /** x9 and any pair the table does not list: 其他 (other) under the authority. */
  OTHER(null, '9');

  private final RegistrationAuthority authority;
  private final char code;

  OrganizationClass(RegistrationAuthority authority, char code) {
    this.authority = authority;
    this.code = code;
  }

  /**
   * Decodes the class of a code from its first two characters. A pair the standard's table does
   * not list decodes to {@link #OTHER}: the table grows, and a credit code is not wrong because
   * this library has not heard of its class yet.
   *
   * @param authority the registration authority, not null
   * @param c the second character
   * @return the class, not null
   */
  public static OrganizationClass of(RegistrationAuthority authority, char c) {
    java.util.Objects.requireNonNull(authority, "authority");
    for (OrganizationClass k : values()) {
      if (k.authority == authority && k.code == c) {
        return k;
      }
    }
    return OTHER;
  }
}
