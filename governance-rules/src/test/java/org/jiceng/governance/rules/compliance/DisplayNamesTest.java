package org.jiceng.governance.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.code.TownshipKind;
import org.jiceng.governance.core.code.VillageKind;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.BuildingHeadDuty;
import org.jiceng.governance.core.people.ContactKind;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.people.WorkerPost;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.rules.advice.AdviceKind;
import org.jiceng.governance.rules.profile.GradeSystem;
import org.jiceng.governance.rules.profile.GridCell;
import org.junit.jupiter.api.Test;

class DisplayNamesTest {
  private static final List<Class<? extends Enum<?>>> SHOWN = List.of(AreaLevel.class, PartyOrganizationKind.class, GridCell.class,
      FacilityKind.class, WorkerPost.class, GridWorkerRole.class, ContactKind.class, GradeSystem.class, Severity.class,
      AdviceKind.class, TownshipKind.class, VillageKind.class, BuildingHeadDuty.class);

  /** Every constant a message can show has a Chinese and an English name, neither of them the constant itself. */
  @Test
  void of_namesEveryShownConstantInBothLanguages() {
    for (Class<? extends Enum<?>> type : SHOWN) {
      for (Enum<?> e : type.getEnumConstants()) {
        String zh = DisplayNames.of(e, Locale.SIMPLIFIED_CHINESE);
        String en = DisplayNames.of(e, Locale.ENGLISH);
        assertThat(zh).as(e.toString()).isNotBlank().isNotEqualTo(e.name()).matches(".*\\p{IsHan}.*");
        assertThat(en).as(e.toString()).isNotBlank().isNotEqualTo(e.name()).doesNotContain("_");
      }
    }
  }

  @Test
  void ofAll_joinsTheWayTheLanguageLists() {
    assertThat(DisplayNames.ofAll(List.of(FacilityKind.CENTER, FacilityKind.STATION), Locale.SIMPLIFIED_CHINESE)).isEqualTo("党群服务中心、党群服务站");
    assertThat(DisplayNames.ofAll(List.of(FacilityKind.CENTER, FacilityKind.STATION), Locale.ENGLISH))
        .isEqualTo("party-mass service centre, party-mass service station");
  }
}
