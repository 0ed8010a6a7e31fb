package org.jiceng.governance.rules.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.RegisteredPartyMember;

/** A small county for advisor tests: county K, street S, community C under a working committee; parts added per test. */
final class County {
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private final List<Area> areas = new ArrayList<>();
  private final List<PartyOrganization> orgs = new ArrayList<>();
  private final List<RegisteredPartyMember> members = new ArrayList<>();

  County() {
    areas.add(Area.builder().id("K").level(AreaLevel.COUNTY).name("县").build());
    areas.add(Area.builder().id("S").level(AreaLevel.STREET).name("街道").parentId("K").build());
    areas.add(Area.builder().id("C").level(AreaLevel.COMMUNITY).name("社区").parentId("S").build());
    orgs.add(PartyOrganization.builder().id("wc").kind(PartyOrganizationKind.WORKING_COMMITTEE).name("街道党工委").areaId("S").build());
  }

  County area(String id, AreaLevel level, String parent, int households) {
    areas.add(Area.builder().id(id).level(level).name(id + "名").parentId(parent).households(households).build());
    return this;
  }

  County org(String id, PartyOrganizationKind kind, String area, String parent, int full, int probationary) {
    orgs.add(PartyOrganization.builder().id(id).kind(kind).name(id + "名").areaId(area).parentId(parent)
        .fullMembers(full).probationaryMembers(probationary).build());
    return this;
  }

  County org(PartyOrganization o) {
    orgs.add(o);
    return this;
  }

  County members(String area, int full, int probationary) {
    for (int i = 0; i < full + probationary; i++) {
      members.add(RegisteredPartyMember.builder().id(area + "-m" + i).name("党员" + i).areaId(area).probationary(i >= full).build());
    }
    return this;
  }

  /**
   * A random county for properties: communities led by a committee, general branch or branch of
   * any size (0-160 members), compounds and grids with registered members, branches and groups of
   * any size on some of them, central households, election dates from 2017.
   */
  static Jurisdiction random(long seed) {
    java.util.Random r = new java.util.Random(seed);
    County c = new County();
    PartyOrganizationKind[] communityKinds = {PartyOrganizationKind.COMMITTEE, PartyOrganizationKind.GENERAL_BRANCH, PartyOrganizationKind.BRANCH};
    int communities = 1 + r.nextInt(4);
    for (int i = 0; i < communities; i++) {
      String cid = "c" + i;
      c.area(cid, AreaLevel.COMMUNITY, "S", 1000 + r.nextInt(3000));
      String cp = cid + "-p";
      PartyOrganizationKind cpKind = communityKinds[r.nextInt(3)];
      c.org(random(r, cp, cpKind, cid, "wc", 160));
      // A branch cannot lead a branch: below a community branch, cells hang from the working committee.
      String cellParent = cpKind == PartyOrganizationKind.BRANCH ? "wc" : cp;
      List<String> gridParents = new ArrayList<>(List.of(cid));
      for (int x = 0; x < r.nextInt(4); x++) {
        String xid = cid + "-x" + x;
        c.area(xid, AreaLevel.COMPOUND, cid, 100 + r.nextInt(500));
        c.members(xid, r.nextInt(4), r.nextInt(2));
        if (r.nextInt(3) == 0) {
          c.org(random(r, xid + "-p", PartyOrganizationKind.BRANCH, xid, cellParent, 70));
        }
        gridParents.add(xid);
      }
      int grids = r.nextInt(5);
      for (int g = 0; g < grids; g++) {
        String gid = cid + "-g" + g;
        c.area(gid, AreaLevel.GRID, gridParents.get(r.nextInt(gridParents.size())), 100 + r.nextInt(500));
        c.members(gid, r.nextInt(5), r.nextInt(2));
        switch (r.nextInt(4)) {
          case 0:
            c.org(random(r, gid + "-p", PartyOrganizationKind.BRANCH, gid, cellParent, 70));
            break;
          case 1:
            c.org(gid + "-grp", PartyOrganizationKind.GROUP, gid, cp, r.nextInt(4), r.nextInt(3));
            break;
          default:
            break;
        }
        if (r.nextBoolean()) {
          c.org(PartyOrganization.builder().id(gid + "-ch").kind(PartyOrganizationKind.CENTRAL_HOUSEHOLD).name("中心户").areaId(gid)
              .parentId(cp).fullMembers(1).coveredHouseholds(5 + r.nextInt(40)).build());
        }
      }
    }
    return c.build();
  }

  private static PartyOrganization random(java.util.Random r, String id, PartyOrganizationKind kind, String area, String parent, int maxMembers) {
    int total = r.nextInt(maxMembers + 1);
    int full = total - r.nextInt(Math.min(total, 5) + 1);
    PartyOrganization.Builder b = PartyOrganization.builder().id(id).kind(kind).name(id + "名").areaId(area).parentId(parent)
        .fullMembers(full).probationaryMembers(total - full);
    if (r.nextBoolean()) {
      b.committeeSize(1 + r.nextInt(10));
    }
    if (r.nextInt(4) > 0) {
      b.electedOn(LocalDate.of(2017 + r.nextInt(9), 1 + r.nextInt(12), 1));
    }
    return b.build();
  }

  Jurisdiction build() {
    return Jurisdiction.builder().asOf(AS_OF).addAllAreas(areas).addAllPartyOrganizations(orgs).addAllPartyMembers(members).build();
  }
}
