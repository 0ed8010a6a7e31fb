/**
 * Demand lists and claiming (需求清单 · 认领清单 · 资源清单): demands, claims, escalation through
 * joint meetings, assignment to departments with deadlines, whistle-and-report (吹哨报到),
 * ratings, service levels and metrics. The state is a pure fold of events: {@link
 * org.jiceng.governance.rules.demand.DemandBoard#apply} returns a new board.
 *
 * <p>Null rule: no method accepts or returns null; absence is {@code Optional}.
 */
@GovernanceStyle
package org.jiceng.governance.rules.demand;

import org.jiceng.governance.core.GovernanceStyle;
