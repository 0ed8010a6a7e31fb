package org.jiceng.governance.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiceng.governance.rules.ledger.LedgerTest.BEIJING;
import static org.jiceng.governance.rules.ledger.LedgerTest.JIANPING;
import static org.jiceng.governance.rules.ledger.LedgerTest.T0;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jiceng.governance.rules.ledger.LedgerException.Reason;
import org.jiceng.governance.rules.ledger.Operation.Accrue;
import org.jiceng.governance.rules.ledger.Operation.OpenAccount;
import org.jiceng.governance.rules.ledger.Operation.Redeem;
import org.jiceng.governance.rules.ledger.Operation.Restock;
import org.jiceng.governance.rules.profile.Source;
import org.junit.jupiter.api.Test;

/**
 * The ledger's values and limits one field at a time: every id an operation names is held to the
 * maximum length and named when refused, the checks of accounts, operations, activity rules and
 * scenarios at their edges, the policies' settings, and results and totals as values.
 */
class LedgerValuesTest {
  private static final String LONG = "x".repeat(OperationLimits.MAX_ID_LENGTH + 1);
  private static final String MAX = "y".repeat(OperationLimits.MAX_ID_LENGTH);

  private static Account passbook(String id) {
    return Account.builder().id(id).kind(AccountKind.PASSBOOK).unit(LedgerUnit.POINTS).build();
  }

  @Test
  void everyIdAnOperationNames_isRefusedAboveTheMaximumNamingTheField() {
    Map<String, Operation> tooLong = new java.util.LinkedHashMap<>();
    tooLong.put("account", OpenAccount.of("o", T0, passbook(LONG)));
    tooLong.put("community", OpenAccount.of("o", T0, Account.builder().id("a").kind(AccountKind.PASSBOOK).unit(LedgerUnit.POINTS)
        .communityId(LONG).build()));
    tooLong.put("relative", OpenAccount.of("o", T0, Account.builder().id("a").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES)
        .addRelatives(LONG).build()));
    tooLong.put("account ", Accrue.of("o", T0, LONG, "parcel-collection", 1));
    tooLong.put("activity", Accrue.of("o", T0, "a", LONG, 1));
    tooLong.put("confirming worker", Accrue.of("o", T0, "a", "temporary-care", 1, LONG));
    tooLong.put("item", Restock.builder().id("o").at(T0).item(LONG).price(1).quantity(1).build());
    tooLong.put("merchant", Restock.builder().id("o").at(T0).item("i").price(1).quantity(1).merchant(LONG).build());
    tooLong.put("account  ", Redeem.of("o", T0, LONG, "i", 1));
    tooLong.put("item ", Redeem.of("o", T0, "a", LONG, 1));
    tooLong.put("account   ", Operation.Transfer.of("o", T0, LONG, "b", 1));
    tooLong.put("account    ", Operation.Transfer.of("o", T0, "a", LONG, 1));
    tooLong.put("account     ", Operation.Donate.of("o", T0, LONG, 1));
    tooLong.put("target operation", Operation.Reverse.of("o", T0, LONG));
    Ledger l = Ledger.of(BEIJING);
    tooLong.forEach((field, op) -> assertThatThrownBy(() -> l.apply(op)).as(field).isInstanceOfSatisfying(LedgerException.class, e -> {
      assertThat(e.getReason()).isEqualTo(Reason.ID_TOO_LONG);
      assertThat(e.getMessage()).contains("the " + field.strip() + " id 'xxxxxxxx").contains("' has 257 characters, at most 256 allowed")
          .doesNotContain(LONG);
    }));
    assertThat(l.log()).isEmpty();
    assertThat(l.apply(OpenAccount.of(MAX, T0, Account.builder().id(MAX).kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES)
        .communityId(MAX).addRelatives(MAX.replace('y', 'z')).build())).isRepeated()).isFalse();
  }

  @Test
  void shown_cutsLongIdsAtFortyCharactersKeepingSurrogatePairsWhole() {
    assertThat(OperationLimits.shown(MAX)).isEqualTo(MAX);
    assertThat(OperationLimits.shown(MAX + "y")).isEqualTo("y".repeat(40) + "…");
    assertThat(OperationLimits.shown("x".repeat(39) + "😀" + LONG)).isEqualTo("x".repeat(39) + "…");
    assertThat(OperationLimits.shown(null)).isNull();
  }

  @Test
  void values_refuseBlankIdsAndAccountsTheirOwnRelatives() {
    assertThatThrownBy(() -> passbook(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The id of a ledger account must not be blank");
    assertThatThrownBy(() -> Account.builder().id("me").kind(AccountKind.TIME_ACCOUNT).unit(LedgerUnit.MINUTES).addRelatives("me").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Account 'me' names itself as a relative");
    assertThatThrownBy(() -> Restock.builder().id(" ").at(T0).item("i").price(1).quantity(1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("An operation id must not be blank");
    Restock plain = Restock.builder().id("r").at(T0).item("i").price(1).quantity(1).build();
    assertThat(plain.isCare()).isFalse();
    assertThat(plain.toString()).startsWith("Restock{id=r, at=" + T0).contains("item=i");
    assertThat(passbook("p").toString()).startsWith("Account{id=p, kind=PASSBOOK, unit=POINTS");
  }

  @Test
  void activityRule_earnsFromOneAndRefusesNothing() {
    ActivityRule one = ActivityRule.builder().activity("a").unit(LedgerUnit.POINTS).amount(1).source(Source.of("t", "")).build();
    assertThat(one.earn(3)).isEqualTo(3);
    assertThat(one.getMultiplierPercent()).isEqualTo(100);
    assertThat(one.isPerHour()).isFalse();
    assertThat(one.isConfirmationRequired()).isFalse();
    assertThat(ActivityRule.builder().activity("a").unit(LedgerUnit.POINTS).amount(1).multiplierPercent(1).source(Source.of("t", ""))
        .build().earn(100)).isEqualTo(1);
    assertThatThrownBy(() -> ActivityRule.builder().activity("z").unit(LedgerUnit.POINTS).amount(0).source(Source.of("t", "")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Activity 'z' must earn more than 0");
    assertThatThrownBy(() -> ActivityRule.builder().activity("z").unit(LedgerUnit.POINTS).amount(1).multiplierPercent(0)
        .source(Source.of("t", "")).build()).isInstanceOf(IllegalArgumentException.class);
    assertThat(one.toString()).startsWith("ActivityRule{activity=a, unit=POINTS, amount=1");
  }

  @Test
  void scenario_refusesWhatCannotBeSimulated() {
    PointsScenario.Builder ok = PointsScenario.builder().policy("p").residents(1).merchants(0).offerPrice(1).redemptionRate(0);
    assertThatCode(() -> PointsScenario.builder().policy("p").residents(1).merchants(0).offerPrice(1).redemptionRate(0)
        .putActivityRates("a", 0.0).build()).doesNotThrowAnyException();
    assertThat(ok.build().getResidents()).isEqualTo(1);
    String refusal = "A scenario needs residents > 0, merchants >= 0, an offer price > 0 and a redemption rate >= 0";
    assertThatThrownBy(() -> PointsScenario.builder().policy("p").residents(0).merchants(0).offerPrice(1).redemptionRate(0).build())
        .hasMessage(refusal);
    assertThatThrownBy(() -> PointsScenario.builder().policy("p").residents(1).merchants(-1).offerPrice(1).redemptionRate(0).build())
        .hasMessage(refusal);
    assertThatThrownBy(() -> PointsScenario.builder().policy("p").residents(1).merchants(0).offerPrice(0).redemptionRate(0).build())
        .hasMessage(refusal);
    assertThatThrownBy(() -> PointsScenario.builder().policy("p").residents(1).merchants(0).offerPrice(1).redemptionRate(-0.1).build())
        .hasMessage(refusal);
    assertThatThrownBy(() -> PointsScenario.builder().policy("p").residents(1).merchants(0).offerPrice(1).redemptionRate(0)
        .putActivityRates("a", -1.0).build()).hasMessage("The rate of activity 'a' must be a finite number >= 0, found -1.0");
    assertThatThrownBy(() -> PointsScenario.builder().policy("p").residents(1).merchants(0).offerPrice(1).redemptionRate(0)
        .putActivityRates("a", Double.POSITIVE_INFINITY).build()).hasMessageContaining("found Infinity");
    assertThat(PointsScenario.jianping().toString()).startsWith("PointsScenario{policy=liaoning-jianping-points, residents=1600");
  }

  @Test
  void policies_sayWhereTheyAreWhatLapsesAndWhatMayGoNegative() {
    assertThat(JIANPING.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(JIANPING.getExpiry()).isNotNull();
    assertThat(JIANPING.getNegativeAllowed()).contains(AccountKind.ISSUING);
    assertThat(JIANPING.isTransferToRelatives()).isFalse();
    assertThat(BEIJING.isTransferToRelatives()).isTrue();
    assertThat(JIANPING.toString()).startsWith("LedgerPolicy{id=liaoning-jianping-points");
  }

  @Test
  void resultsAndTotals_areValues() {
    Ledger l = Ledger.of(JIANPING);
    l.apply(OpenAccount.of("o", T0, passbook("a")));
    Ledger.Result first = l.apply(Accrue.of("e", T0, "a", "parcel-collection", 1));
    Ledger.Result again = l.apply(Accrue.of("e", T0, "a", "parcel-collection", 1));
    Ledger.Result other = Ledger.of(JIANPING).apply(OpenAccount.of("o", T0, passbook("a")));

    assertThat(again).isNotEqualTo(first).hasToString(first.toString().replace("repeated=false", "repeated=true"));
    assertThat(first).isEqualTo(first).isNotEqualTo(other).isNotEqualTo("e");
    Ledger.Result copy = Ledger.replay(JIANPING, l.log()).apply(Accrue.of("e", T0, "a", "parcel-collection", 1));
    assertThat(copy.getPostings()).isEqualTo(first.getPostings());
    assertThat(first.toString()).startsWith("Result{operationId=e, postings=[Posting{").endsWith("requested=2, applied=2, repeated=false}");
    assertThat(first.hashCode()).isEqualTo(java.util.Objects.hash("e", first.getPostings(), 2L, 2L, false));
    Ledger.Totals t = l.totals(LedgerUnit.POINTS);
    assertThat(t.conservationHolds()).isTrue();
    assertThat(ImmutableTotals.of(LedgerUnit.POINTS, 5, 1, 1, 1, 1, 1, 1).conservationHolds()).isFalse();
    assertThat(t.toString()).isEqualTo("Totals{unit=POINTS, issued=2, redeemed=0, expired=0, donated=0, outstanding=2, accounts=1, postings=1}");
  }
}
