/**
 * The people of grassroots governance: community workers, grid workers, registered in-service
 * party members and responsibility contacts.
 *
 * <p>Null rule: no method accepts or returns null; absence is {@code Optional}. Identity and
 * phone numbers are personal data: masked in every default rendering.
 */
@GovernanceStyle
package org.jiceng.governance.core.people;

import org.jiceng.governance.core.GovernanceStyle;
