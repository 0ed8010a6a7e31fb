/**
 * The parallel tree of party organizations: working committee, committee, general branch,
 * branch, joint branch, group and central household (党工委—党委—党总支—党支部—党小组—党员中心户).
 *
 * <p>Null rule: no method accepts or returns null; absence is {@code Optional}.
 */
@GovernanceStyle
package org.jiceng.governance.core.party;

import org.jiceng.governance.core.GovernanceStyle;
