/**
 * The Chinese codes: statistical division code, unified social credit code and resident identity
 * number. Each has a {@code parse} factory that throws {@link
 * org.jiceng.governance.core.code.CodeFormatException} naming the bad position, and a matching
 * Jakarta constraint in {@link org.jiceng.governance.core.constraints}.
 *
 * <p>Null rule: no method accepts or returns null unless its documentation says "may be null";
 * a null argument throws {@link NullPointerException}.
 */
@GovernanceStyle
package org.jiceng.governance.core.code;

import org.jiceng.governance.core.GovernanceStyle;
