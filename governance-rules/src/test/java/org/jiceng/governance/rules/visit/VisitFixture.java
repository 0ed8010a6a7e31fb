package org.jiceng.governance.rules.visit;

import java.time.LocalDate;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.rules.profile.BuiltInProfiles;

/**
 * A county with one community, two grids (g1 with a full-time worker, a building with a head and a
 * central household; g2 with no one) and one household per care tag in g1's building, plus an
 * untagged household {@code plain} and a household {@code lonely} in g2.
 */
final class VisitFixture {
  static final LocalDate SINCE = LocalDate.of(2025, 1, 1);
  static final VisitPolicy POLICY = VisitPolicy.from(BuiltInProfiles.get("cn-national"));

  private VisitFixture() {}

  static String household(CareTag t) {
    return "h-" + t.name().toLowerCase(java.util.Locale.ROOT);
  }

  static Jurisdiction jurisdiction() {
    Jurisdiction.Builder b = Jurisdiction.builder()
        .addAreas(Area.builder().id("county").level(AreaLevel.COUNTY).name("县").build())
        .addAreas(Area.builder().id("s1").level(AreaLevel.STREET).name("街道").parentId("county").build())
        .addAreas(Area.builder().id("c1").level(AreaLevel.COMMUNITY).name("城北社区").parentId("s1").build())
        .addAreas(Area.builder().id("g1").level(AreaLevel.GRID).name("第一网格").parentId("c1").build())
        .addAreas(Area.builder().id("g2").level(AreaLevel.GRID).name("第二网格").parentId("c1").build())
        .addAreas(Area.builder().id("b1").level(AreaLevel.BUILDING).name("1号楼").parentId("g1").build())
        .addGridWorkers(GridWorker.builder().id("gw1").name("李网格员").areaId("g1").role(GridWorkerRole.FULL_TIME).build())
        .addGridWorkers(GridWorker.builder().id("head1").name("赵楼长").areaId("b1").role(GridWorkerRole.BUILDING_HEAD).build())
        .addPartyOrganizations(PartyOrganization.builder().id("ch1").kind(PartyOrganizationKind.CENTRAL_HOUSEHOLD).name("孙中心户")
            .areaId("b1").fullMembers(1).build())
        .addAreas(Area.builder().id("plain").level(AreaLevel.HOUSEHOLD).name("周家").parentId("b1").build())
        .addAreas(Area.builder().id("lonely").level(AreaLevel.HOUSEHOLD).name("吴秀兰").parentId("g2")
            .addCareTags(CareTag.ELDERLY_ALONE).build());
    for (CareTag t : CareTag.values()) {
      b.addAreas(Area.builder().id(household(t)).level(AreaLevel.HOUSEHOLD).name("王" + t.ordinal() + "家").parentId("b1")
          .addCareTags(t).build());
    }
    return b.build();
  }
}
