package org.jiceng.governance.core.testing;

import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.people.WorkerPost;

/** A small county used by example tests: one street, one community, two grids. */
public final class SampleJurisdiction {
  private SampleJurisdiction() {}

  public static Area area(String id, AreaLevel level, String parent) {
    Area.Builder b = Area.builder().id(id).level(level).name(id);
    if (parent != null) {
      b.parentId(parent);
    }
    return b.build();
  }

  public static Jurisdiction.Builder builder() {
    Jurisdiction.Builder b = Jurisdiction.builder();
    b.addAreas(
        Area.builder()
            .id("county")
            .level(AreaLevel.COUNTY)
            .name("喀左县")
            .divisionCode(DivisionCode.parse("211324000000"))
            .build(),
        Area.builder()
            .id("street")
            .level(AreaLevel.STREET)
            .name("大城子街道")
            .parentId("county")
            .divisionCode(DivisionCode.parse("211324001000"))
            .build(),
        Area.builder()
            .id("community")
            .level(AreaLevel.COMMUNITY)
            .name("城北社区")
            .parentId("street")
            .divisionCode(DivisionCode.parse("211324001001"))
            .urbanPermanentResidents(5000)
            .permanentResidents(5200)
            .build(),
        Area.builder()
            .id("g1")
            .level(AreaLevel.GRID)
            .name("第一网格")
            .parentId("community")
            .households(300)
            .permanentResidents(900)
            .build(),
        area("g2", AreaLevel.GRID, "community"),
        area("b1", AreaLevel.BUILDING, "g2"),
        area("h1", AreaLevel.HOUSEHOLD, "b1"),
        area("h2", AreaLevel.HOUSEHOLD, "b1"));
    b.addCommunityWorkers(
        CommunityWorker.builder()
            .id("w1")
            .name("王书记")
            .areaId("community")
            .post(WorkerPost.PRINCIPAL)
            .secretary(true)
            .director(true)
            .build());
    b.addGridWorkers(
        GridWorker.builder().id("gw1").name("李网格员").areaId("g1").role(GridWorkerRole.FULL_TIME).build(),
        GridWorker.builder().id("gw2").name("张楼长").areaId("b1").role(GridWorkerRole.BUILDING_HEAD).build());
    b.addPartyOrganizations(
        PartyOrganization.builder()
            .id("wc")
            .kind(PartyOrganizationKind.WORKING_COMMITTEE)
            .name("大城子街道党工委")
            .areaId("street")
            .build(),
        PartyOrganization.builder()
            .id("cp")
            .kind(PartyOrganizationKind.BRANCH)
            .name("城北社区党支部")
            .parentId("wc")
            .areaId("community")
            .fullMembers(30)
            .build());
    return b;
  }
}
