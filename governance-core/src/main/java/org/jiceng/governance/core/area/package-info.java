/**
 * The tree of places: county, street, community, compound, grid, micro-grid, building and
 * household (县—街道—社区—小区—网格—微网格—楼栋—户).
 *
 * <p>Null rule: no method accepts or returns null; absence is {@code Optional}/{@code
 * OptionalInt}; a null argument throws {@link NullPointerException}.
 */
@GovernanceStyle
package org.jiceng.governance.core.area;

import org.jiceng.governance.core.GovernanceStyle;
