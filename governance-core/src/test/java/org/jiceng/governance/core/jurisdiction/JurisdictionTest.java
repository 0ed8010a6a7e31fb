package org.jiceng.governance.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jiceng.governance.core.testing.SampleJurisdiction.area;

import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.testing.SampleJurisdiction;
import org.junit.jupiter.api.Test;

class JurisdictionTest {
  private final Jurisdiction sample = SampleJurisdiction.builder().build();

  @Test
  void navigation_parentChildrenAncestors() {
    assertThat(sample.getRoot().getId()).isEqualTo("county");
    assertThat(sample.getParent("g1")).map(Area::getId).contains("community");
    assertThat(sample.getChildren("community")).extracting(Area::getId).containsExactly("g1", "g2");
    assertThat(sample.getAncestors("h1"))
        .extracting(Area::getId)
        .containsExactly("b1", "g2", "community", "street", "county");
    assertThat(sample.getEnclosing("h1", AreaLevel.COMMUNITY)).map(Area::getId).contains("community");
    assertThat(sample.getDescendants("county", AreaLevel.GRID))
        .extracting(Area::getId)
        .containsExactly("g1", "g2");
    assertThat(sample.getAreas(AreaLevel.HOUSEHOLD)).hasSize(2);
  }

  @Test
  void aggregates_declaredElseSumOfChildren() {
    assertThat(sample.getHouseholds("g1")).isEqualTo(300);
    assertThat(sample.getHouseholds("g2")).isEqualTo(2);
    assertThat(sample.getHouseholds("county")).isEqualTo(302);
    assertThat(sample.getPermanentResidents("community")).hasValue(5200);
    assertThat(sample.getPermanentResidents("g2")).isEmpty();
    assertThat(sample.getUrbanPermanentResidents("county")).hasValue(5000);
  }

  @Test
  void workers_withinAnArea() {
    assertThat(sample.getCommunityWorkersWithin("street")).hasSize(1);
    assertThat(sample.getGridWorkersWithin("community")).hasSize(2);
    assertThat(sample.getGridWorkersWithin("community", GridWorkerRole.FULL_TIME))
        .extracting(GridWorker::getId)
        .containsExactly("gw1");
    assertThat(sample.getGridWorkersWithin("g2")).extracting(GridWorker::getId).containsExactly("gw2");
    assertThat(sample.getPartyOrganizationsOn("community")).hasSize(1);
    assertThat(sample.getChildOrganizations("wc")).hasSize(1);
  }

  @Test
  void lookup_unknownAreaIsCallerMistake() {
    assertThatThrownBy(() -> sample.getChildren("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nope'");
    assertThat(sample.getArea("nope")).isEmpty();
    assertThat(sample.find("gw1")).isPresent();
  }

  @Test
  void build_listsEveryProblemNotOnlyTheFirst() {
    Jurisdiction.Builder b = SampleJurisdiction.builder();
    b.addAreas(
        area("dangling", AreaLevel.GRID, "missing-community"),
        area("g-in-b", AreaLevel.GRID, "b1"),
        Area.builder()
            .id("foreign")
            .level(AreaLevel.COMMUNITY)
            .name("外县社区")
            .parentId("street")
            .divisionCode(DivisionCode.parse("211325001001"))
            .build(),
        Area.builder().id("g1").level(AreaLevel.GRID).name("重复").parentId("community").build());
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            JurisdictionException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(JurisdictionProblem::getKind, JurisdictionProblem::getSubjectId)
                    .contains(
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.DANGLING_REFERENCE, "dangling"),
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.LEVEL_NOT_ALLOWED, "g-in-b"),
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.CODE_NOT_UNDER_PARENT, "foreign"),
                        org.assertj.core.groups.Tuple.tuple(ProblemKind.DUPLICATE_ID, "g1")))
        .hasMessageContaining("4 problems");
  }

  @Test
  void build_rejectsReferencesToTheWrongKind() {
    Jurisdiction.Builder b = SampleJurisdiction.builder();
    b.addGridWorkers(
        GridWorker.builder().id("gw9").name("x").areaId("community").role(GridWorkerRole.FULL_TIME).build());
    b.addAreas(area("c9", AreaLevel.COMMUNITY, "gw1"));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            JurisdictionException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(JurisdictionProblem::getSubjectId)
                    .containsExactlyInAnyOrder("gw9", "c9"));
  }

  @Test
  void build_rejectsTwoRootsAndWrongRootLevel() {
    Jurisdiction.Builder b = Jurisdiction.builder().addAreas(area("c", AreaLevel.COMMUNITY, null), area("s", AreaLevel.STREET, null));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            JurisdictionException.class,
            e -> assertThat(e.getProblems()).hasSize(2).allMatch(p -> p.getKind() == ProblemKind.ROOT));
  }

  @Test
  void build_detectsCycles() {
    Jurisdiction.Builder b =
        Jurisdiction.builder()
            .addAreas(
                area("county", AreaLevel.COUNTY, null),
                area("x", AreaLevel.GRID, "y"),
                area("y", AreaLevel.MICRO_GRID, "x"));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            JurisdictionException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(JurisdictionProblem::getKind)
                    .contains(ProblemKind.CYCLE));
  }

  @Test
  void equality_ignoresOrderOfParts() {
    Jurisdiction reversed =
        Jurisdiction.builder()
            .addAllAreas(com.google.common.collect.Lists.reverse(sample.getAreas().asList()))
            .addAllCommunityWorkers(sample.getCommunityWorkers())
            .addAllGridWorkers(sample.getGridWorkers())
            .addAllPartyOrganizations(sample.getPartyOrganizations())
            .build();
    assertThat(reversed).isEqualTo(sample).hasSameHashCodeAs(sample);
  }

  @Test
  void area_rejectsStructuralNonsense() {
    assertThatThrownBy(
            () -> Area.builder().id("a").level(AreaLevel.GRID).name("x").households(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("households must be >= 0, found -1");
    assertThatThrownBy(
            () ->
                Area.builder()
                    .id("a")
                    .level(AreaLevel.GRID)
                    .name("x")
                    .permanentResidents(10)
                    .urbanPermanentResidents(11)
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Area.builder().id("a").level(AreaLevel.GRID).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> Area.builder().id(null))
        .isInstanceOf(NullPointerException.class);
  }
}
