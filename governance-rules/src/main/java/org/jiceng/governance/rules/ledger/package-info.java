/**
 * The points bank and time bank (积分银行 · 时间银行): a double-entry ledger of accounts and
 * postings, folded from a log of operations that carry caller-chosen ids and the instant they
 * happen at. Amounts are whole numbers of the unit's minor unit: points for {@link
 * org.jiceng.governance.rules.ledger.LedgerUnit#POINTS}, minutes for {@link
 * org.jiceng.governance.rules.ledger.LedgerUnit#MINUTES}.
 *
 * <p>Null rule: no method accepts or returns null; absence is {@code Optional}.
 */
@GovernanceStyle
package org.jiceng.governance.rules.ledger;

import org.jiceng.governance.core.GovernanceStyle;
