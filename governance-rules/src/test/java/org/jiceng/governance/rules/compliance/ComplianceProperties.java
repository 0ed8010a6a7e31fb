package org.jiceng.governance.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.testing.ModelArbitraries;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;

class ComplianceProperties {
  @Provide
  Arbitrary<Jurisdiction> jurisdictions() {
    return ModelArbitraries.jurisdictions(6);
  }

  @Provide
  Arbitrary<StandardsProfile> profiles() {
    return net.jqwik.api.Arbitraries.of(BuiltInProfiles.all()).injectDuplicates(0).edgeCases(c -> c.add(Fixture.PROFILE));
  }

  private static Set<String> keys(ComplianceReport r) {
    return r.getFindings().stream().map(f -> f.getRule() + " " + f.getSubject() + " " + f.getMessageKey()).collect(Collectors.toSet());
  }

  @Property(tries = 100)
  void addingAFullTimeWorkerToAGrid_neverAddsAFinding(@ForAll("jurisdictions") Jurisdiction j, @ForAll("profiles") StandardsProfile p) {
    Area grid = j.getAreas(AreaLevel.GRID).get(0);
    Jurisdiction more = Jurisdiction.builder().asOf(j.getAsOf())
        .addAllAreas(j.getAreas()).addAllPartyOrganizations(j.getPartyOrganizations())
        .addAllCommunityWorkers(j.getCommunityWorkers()).addAllGridWorkers(j.getGridWorkers())
        .addGridWorkers(GridWorker.builder().id("extra-worker").name("新网格员").areaId(grid.getId()).role(GridWorkerRole.FULL_TIME).build())
        .addAllPartyMembers(j.getPartyMembers()).addAllContacts(j.getContacts()).addAllUnits(j.getUnits())
        .addAllPropertyCompanies(j.getPropertyCompanies()).addAllOwnersCommittees(j.getOwnersCommittees())
        .addAllFacilities(j.getFacilities()).build();
    ComplianceEngine engine = ComplianceEngine.of(p, org.jiceng.governance.rules.compliance.RuleCatalog.builtIn());
    assertThat(keys(engine.check(j))).containsAll(keys(engine.check(more)));
  }

  @Property(tries = 100)
  void splittingTheCommunitiesAndMergingRuns_givesTheSameReport(@ForAll("jurisdictions") Jurisdiction j, @ForAll("profiles") StandardsProfile p) {
    ComplianceEngine engine = ComplianceEngine.of(p, RuleCatalog.builtIn());
    List<Area> communities = j.getAreas(AreaLevel.COMMUNITY);
    ComplianceEngine.Run left = engine.start(j.getRoot());
    ComplianceEngine.Run right = engine.start(j.getRoot());
    for (int i = 0; i < communities.size(); i++) {
      (i % 2 == 0 ? left : right).add(CommunityScope.of(j, communities.get(i).getId(), Map.of()));
    }
    assertThat(left.merge(right).finish()).isEqualTo(engine.check(j));
  }

  /**
   * What a cluster does (Apache Spark): communities split into any number of parts, each part's
   * accumulators serialized, shipped and merged in a tree of any shape, then finished with the
   * local findings gathered apart, gives the report of one run.
   */
  @Property(tries = 100)
  void partsSerializedAndMergedInAnyTree_giveTheSameReport(@ForAll("jurisdictions") Jurisdiction j, @ForAll("profiles") StandardsProfile p,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 5) int parts, @ForAll java.util.Random random) throws Exception {
    ComplianceEngine engine = ComplianceEngine.of(p, RuleCatalog.builtIn());
    List<Area> communities = j.getAreas(AreaLevel.COMMUNITY);
    List<ComplianceEngine.Run> runs = new java.util.ArrayList<>();
    for (int i = 0; i < parts; i++) {
      runs.add(engine.start(j.getRoot()));
    }
    List<Finding> local = new java.util.ArrayList<>();
    for (Area c : communities) {
      CommunityScope scope = CommunityScope.of(j, c.getId(), Map.of());
      local.addAll(engine.checkLocal(scope));
      runs.get(random.nextInt(parts)).accumulate(scope);
    }
    List<ComplianceEngine.Partial> shipped = new java.util.ArrayList<>();
    for (ComplianceEngine.Run r : runs) {
      shipped.add(roundTrip(r.toPartial()));
    }
    while (shipped.size() > 1) {
      int i = random.nextInt(shipped.size() - 1);
      ComplianceEngine.Partial merged = engine.merge(shipped.get(i), shipped.get(i + 1));
      shipped.set(i, roundTrip(merged));
      shipped.remove(i + 1);
    }
    ComplianceReport whole = engine.check(j);
    ComplianceReport split = engine.start(j.getRoot()).merge(shipped.get(0)).finish();
    assertThat(split.getMeasured()).isEqualTo(whole.getMeasured());
    assertThat(split.getCommunities()).isEqualTo(whole.getCommunities());
    assertThat(split.getGrids()).isEqualTo(whole.getGrids());
    List<Finding> all = new java.util.ArrayList<>(local);
    all.addAll(split.getFindings());
    all.sort(ComplianceEngine.findingOrder());
    assertThat(all).isEqualTo(whole.getFindings());
  }

  private static ComplianceEngine.Partial roundTrip(ComplianceEngine.Partial p) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(p);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      return (ComplianceEngine.Partial) in.readObject();
    }
  }

  @Property(tries = 100)
  void summaryCounts_addUpToTheFindings(@ForAll("jurisdictions") Jurisdiction j, @ForAll("profiles") StandardsProfile p) {
    ComplianceReport r = ComplianceEngine.of(p, RuleCatalog.builtIn()).check(j);
    long total = 0;
    for (var s : org.jiceng.governance.rules.compliance.Severity.values()) {
      total += r.count(s);
    }
    assertThat(total).isEqualTo(r.getFindings().size());
    assertThat(r.getCommunities()).isEqualTo(j.getAreas(AreaLevel.COMMUNITY).size());
  }
}
