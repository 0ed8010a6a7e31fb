/**
 * Compliance checking: rules with stable ids, findings, measured figures and the report. Local
 * rules look at one community at a time; aggregate rules fold mergeable accumulators, so a huge
 * file is checked in bounded memory and the same rules could run as map and reduce.
 *
 * <p>Null rule: no method accepts or returns null; absence is {@code Optional}.
 */
@GovernanceStyle
package org.jiceng.governance.rules.compliance;

import org.jiceng.governance.core.GovernanceStyle;
