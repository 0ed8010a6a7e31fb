/**
 * Reports people would rather look at than read: self-contained HTML pages with Apache ECharts
 * charts ({@link org.jiceng.governance.examples.report.HtmlReports}) and plain-text tables
 * ({@link org.jiceng.governance.examples.report.TextReports}) of the visit plan, the 五有 scorecard and
 * compliance reports, Chinese by default, personal data masked.
 *
 * <p>Null rule: no method accepts or returns null; a null argument throws {@link NullPointerException}.
 */
package org.jiceng.governance.examples.report;
