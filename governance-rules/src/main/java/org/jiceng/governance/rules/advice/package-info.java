/**
 * The party organization advisor (党组织设置建议): from a jurisdiction, a standards profile and a
 * date, what a county organization department should do: which organizations to form, upgrade,
 * downgrade, split or merge into joint branches, which committees to elect, which terms fall due,
 * where central households and groups are missing. {@link
 * org.jiceng.governance.rules.advice.AdviceApplier} applies advice to a jurisdiction, for
 * researchers who want to see the county after it.
 *
 * <p>Null rule: no method accepts or returns null; absence is {@code Optional}.
 *
 * @since 0.2
 */
@GovernanceStyle
package org.jiceng.governance.rules.advice;

import org.jiceng.governance.core.GovernanceStyle;
