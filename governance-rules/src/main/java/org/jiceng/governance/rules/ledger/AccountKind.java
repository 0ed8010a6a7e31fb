package org.jiceng.governance.rules.ledger;

/** Kinds of ledger account. Holders earn and spend in lots; the others are the ledger's own. */
public enum AccountKind {
  /** 积分存折: a resident's passbook. */
  PASSBOOK(true),
  /** 时间账户: a volunteer's time account. */
  TIME_ACCOUNT(true),
  /** 党员积分账户: a party member's account. */
  PARTY_MEMBER(true),
  /** 商家账户: a merchant in an alliance, paid by redemptions of its offers. */
  MERCHANT(false),
  /** 发行账户: the community's issuing account, the only one that goes below zero by default. */
  ISSUING(false),
  /** 兑换账户: where redeemed amounts go. */
  REDEMPTION(false),
  /** 过期账户: where expired amounts go. */
  EXPIRY(false),
  /** 捐赠账户: where donated hours (and hours above an account's cap) go. */
  DONATION(false);

  private final boolean holder;

  AccountKind(boolean holder) {
    this.holder = holder;
  }

  /**
   * Tells whether the account belongs to a person who earns and spends in lots.
   *
   * @return true for passbooks, time accounts and party members' accounts
   */
  public boolean isHolder() {
    return holder;
  }
}
