/**
 * {@link org.jiceng.governance.core.jurisdiction.Jurisdiction}: the indexed, immutable snapshot
 * of a county or street with navigation and aggregates.
 *
 * <p>Null rule: no method accepts or returns null; absence is {@code Optional}.
 */
@GovernanceStyle
package org.jiceng.governance.core.jurisdiction;

import org.jiceng.governance.core.GovernanceStyle;
