/**
 * Standards profiles: named, versioned sets of parameters, each with its source, that may extend
 * another profile. Built in: {@code cn-national} and one per seed locality.
 *
 * <p>Null rule: no method accepts or returns null; absence is {@code Optional}.
 */
@GovernanceStyle
package org.jiceng.governance.rules.profile;

import org.jiceng.governance.core.GovernanceStyle;
