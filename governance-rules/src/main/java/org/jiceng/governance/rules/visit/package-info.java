/**
 * Care visits (七个必访): events that tag, untag and visit households, the visit log, the
 * obligations they owe and coverage per grid and community.
 *
 * <p>Null rule: no method accepts or returns null; absence is {@code Optional}.
 */
@GovernanceStyle
package org.jiceng.governance.rules.visit;

import org.jiceng.governance.core.GovernanceStyle;
