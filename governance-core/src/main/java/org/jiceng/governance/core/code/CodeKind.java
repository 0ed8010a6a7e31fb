package org.jiceng.governance.core.code;

/** The kinds of Chinese code this package parses. */
public enum CodeKind {
  /** Statistical division code (统计用区划代码), 12 digits. */
  DIVISION("division"),
  /** Unified social credit code (统一社会信用代码, GB 32100-2015), 18 characters. */
  CREDIT("credit"),
  /** Resident identity number (公民身份号码, GB 11643-1999), 18 characters. */
  RESIDENT_ID("resident-id");

  private final String label;

  CodeKind(String label) {
    this.label = label;
  }

  /**
   * Returns the short label used on the command line and in reports.
   *
   * @return {@code division}, {@code credit} or {@code resident-id}
   */
  public String getLabel() {
    return label;
  }
}
