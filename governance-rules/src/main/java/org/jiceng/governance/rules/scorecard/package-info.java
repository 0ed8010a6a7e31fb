/**
 * The 五有 scorecard: indicators measured per community, their weights, targets and curves as a
 * profile defines them, marks, totals and grades.
 *
 * <p>Null rule: no method accepts or returns null; absence is {@code Optional}.
 */
@GovernanceStyle
package org.jiceng.governance.rules.scorecard;

import org.jiceng.governance.core.GovernanceStyle;
