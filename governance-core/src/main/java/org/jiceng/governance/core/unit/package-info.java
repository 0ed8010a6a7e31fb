/**
 * Organizations and places: co-building units, property companies, owners' committees and
 * service facilities.
 *
 * <p>Null rule: no method accepts or returns null; absence is {@code Optional}.
 */
@GovernanceStyle
package org.jiceng.governance.core.unit;

import org.jiceng.governance.core.GovernanceStyle;
