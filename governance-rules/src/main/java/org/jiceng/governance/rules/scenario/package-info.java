/**
 * Seeded, deterministic scenarios for research and scale: synthetic counties of any size.
 *
 * <p>Null rule: no method accepts or returns null; absence is {@code Optional}.
 */
@GovernanceStyle
package org.jiceng.governance.rules.scenario;

import org.jiceng.governance.core.GovernanceStyle;
