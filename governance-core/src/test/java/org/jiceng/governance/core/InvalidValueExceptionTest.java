package org.jiceng.governance.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.util.Locale;
import org.jiceng.governance.core.InvalidValueException.Problem;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.unit.OwnersCommittee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 17: the refusals of the model's structural checks are put into Chinese or English, so a
 * reader's Chinese lead is never followed by an English detail.
 */
class InvalidValueExceptionTest {
  private static InvalidValueException refusal(Runnable build) {
    try {
      build.run();
    } catch (InvalidValueException e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void getMessage_rendersTheRefusalInEachLanguage() {
    InvalidValueException e = refusal(() -> Area.builder().id("g1").level(AreaLevel.GRID).name("一网格").households(-1).build());
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.getValueType()).isEqualTo("Area");
    assertThat(e.getValueId()).isEqualTo("g1");
    assertThat(e.getProblem()).isEqualTo(Problem.NEGATIVE);
    assertThat(e.getArguments()).containsExactly("households", -1);
    assertThat(e.getMessage()).isEqualTo("Area 'g1': households must be >= 0, found -1").isEqualTo(e.getMessage(Locale.ENGLISH));
    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("区域“g1”：“households”应不小于0，实际为-1");
  }

  @Test
  void getMessage_showsEnumsByTheirDisplayNames() {
    InvalidValueException tags = refusal(() -> Area.builder().id("g1").level(AreaLevel.MICRO_GRID).name("n")
        .addCareTags(CareTag.values()[0]).build());
    assertThat(tags.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("区域“g1”：关爱标签只能标在住户上，不能标在微网格上");
    assertThat(tags.getMessage(Locale.ENGLISH)).isEqualTo("Area 'g1': care tags belong on households, not on a micro-grid");
    InvalidValueException joint = refusal(() -> PartyOrganization.builder().id("p1").kind(PartyOrganizationKind.GENERAL_BRANCH)
        .name("n").areaId("c").addJointAreaIds("c2").build());
    assertThat(joint.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("党组织“p1”：联建区域只能属于联合党支部，不能属于党总支");
    InvalidValueException duty = refusal(() -> GridWorker.builder().id("w1").name("张三").areaId("g1").role(GridWorkerRole.MOBILE)
        .duty(org.jiceng.governance.core.people.BuildingHeadDuty.GENERAL).build());
    assertThat(duty.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("网格员“w1”：楼长职责（duty）只属于楼栋长，不属于流动网格员");
  }

  @Test
  void getMessage_blankIdNamesOnlyTheType() {
    InvalidValueException e = refusal(() -> OwnersCommittee.builder().id(" ").name("n").compoundId("c").build());
    assertThat(e.getProblem()).isEqualTo(Problem.BLANK_ID);
    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("业主委员会：编号不能为空");
    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("Owners' committee: the id must not be blank");
  }

  /** Every problem has a text in both languages, and the Chinese one is not the English one. */
  @ParameterizedTest
  @EnumSource(Problem.class)
  void everyProblem_hasTextsInBothLanguages(Problem problem) {
    Serializable[] args = new Serializable[problem.getArgumentCount()];
    for (int i = 0; i < args.length; i++) {
      args[i] = i == 0 ? AreaLevel.GRID : 7;
    }
    InvalidValueException e = new InvalidValueException("Area", "a1", problem, args);
    String zh = e.getMessage(Locale.SIMPLIFIED_CHINESE);
    String en = e.getMessage(Locale.ENGLISH);
    assertThat(zh).startsWith("区域“a1”：").containsPattern("\\p{IsHan}.*\\p{IsHan}").isNotEqualTo(en);
    assertThat(en).startsWith("Area 'a1': ").doesNotContainPattern("\\p{IsHan}").doesNotContain("{");
  }

  @Test
  void message_masksPersonalDataInIds() {
    InvalidValueException e = refusal(() -> Area.builder().id("11010519491231002X").level(AreaLevel.GRID).name("n").permanentResidents(-1).build());
    assertThat(e.getMessage()).contains("110105********002X").doesNotContain("19491231");
    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("110105********002X").doesNotContain("19491231");
  }

  @Test
  void constructor_rejectsTheWrongNumberOfArguments() {
    assertThatThrownBy(() -> new InvalidValueException("Area", "a", Problem.NEGATIVE, "households"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("NEGATIVE takes 2 arguments, found 1");
  }

  @Test
  void unknownValueType_isShownByItsName() {
    assertThat(new InvalidValueException("Parcel", "p", Problem.OWN_PARENT).getMessage(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("Parcel“p”：以自身为上级");
  }

  @Test
  void messageOf_usesTheLanguageOnlyForLocalizableFailures() {
    InvalidValueException e = new InvalidValueException("Area", "a", Problem.OWN_PARENT);
    assertThat(Localizable.messageOf(e, Locale.SIMPLIFIED_CHINESE)).isEqualTo("区域“a”：以自身为上级");
    assertThat(Localizable.messageOf(new IllegalStateException("x 13812345678"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("x 138****5678");
  }
}
