package org.jiceng.governance.rules.ledger;

import java.time.Instant;
import java.util.Optional;

/**
 * An amount earned at one time, spent oldest first, that may expire.
 *
 * @param id the lot id (the accruing operation's id, or derived from it)
 * @param account the holder's account
 * @param earnedAt when it was earned
 * @param expiresAt when what remains lapses, or empty
 * @param original the amount earned
 * @param remaining what is left
 */
public record Lot(String id, String account, Instant earnedAt, Optional<Instant> expiresAt, long original, long remaining) {}
