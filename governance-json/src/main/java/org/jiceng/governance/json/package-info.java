/**
 * JSON for the governance model: the {@link org.jiceng.governance.json.GovernanceModule} for
 * Jackson, and the {@code jiceng.dataset/1} format with its strict streaming {@link
 * org.jiceng.governance.json.DatasetReader} and {@link org.jiceng.governance.json.DatasetWriter}.
 *
 * <p>Null rule: no method accepts or returns null unless documented; absence is {@code Optional}.
 */
@GovernanceStyle
package org.jiceng.governance.json;

import org.jiceng.governance.core.GovernanceStyle;
