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
