package org.jiceng.governance.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.jiceng.governance.core.testing.SampleJurisdiction.area;

import java.util.List;
import java.util.Locale;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.ContactKind;
import org.jiceng.governance.core.people.RegisteredPartyMember;
import org.jiceng.governance.core.people.ResponsibilityContact;
import org.jiceng.governance.core.testing.SampleJurisdiction;
import org.jiceng.governance.core.unit.CoBuildingUnit;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.core.unit.OwnersCommittee;
import org.jiceng.governance.core.unit.PropertyCompany;
import org.jiceng.governance.core.unit.ServiceFacility;
import org.junit.jupiter.api.Test;

/**
 * Every reference a part makes is checked for existence and kind, and each bad one is reported
 * once, with the part at fault and the reference quoted; good references index the part.
 */
class JurisdictionProblemsTest {
  private static final String PART_LEVELS = "county, street, community, compound, grid, micro-grid, building";

  private static List<JurisdictionProblem> problemsOf(Jurisdiction.Builder b) {
    try {
      b.build();
    } catch (JurisdictionException e) {
      return e.getProblems();
    }
    throw new AssertionError("expected a JurisdictionException");
  }

  private static PartyOrganization.Builder branch(String id) {
    return PartyOrganization.builder().id(id).kind(PartyOrganizationKind.BRANCH).name(id);
  }

  @Test
  void build_reportsEachBadReferenceOfEveryKindOfPart() {
    Jurisdiction.Builder b = SampleJurisdiction.builder();
    b.addAreas(area("a9", AreaLevel.COMMUNITY, "w1"));
    b.addCommunityWorkers(CommunityWorker.builder().id("w2").name("w2").areaId("g1").build());
    b.addPartyOrganizations(
        branch("o1").areaId("nope").build(),
        PartyOrganization.builder().id("o2").kind(PartyOrganizationKind.JOINT_BRANCH).name("o2").parentId("wc")
            .areaId("community").addJointAreaIds("h1").addUnitIds("u-missing", "gw1").build(),
        branch("o3").parentId("missing-org").build(),
        branch("o4").parentId("g1").build(),
        PartyOrganization.builder().id("o5").kind(PartyOrganizationKind.COMMITTEE).name("o5").parentId("cp").build());
    b.addPartyMembers(RegisteredPartyMember.builder().id("m1").name("m1").areaId("h1").unitId("nope-u").build());
    b.addContacts(ResponsibilityContact.builder().id("r1").name("r1").kind(ContactKind.CADRE).areaId("missing").unitId("u1").build());
    b.addUnits(
        CoBuildingUnit.builder().id("u1").name("u1").addAreaIds("community").build(),
        CoBuildingUnit.builder().id("u2").name("u2").addAreaIds("zzz").build());
    b.addPropertyCompanies(PropertyCompany.builder().id("pc1").name("pc1").addCompoundIds("g1").build());
    b.addOwnersCommittees(OwnersCommittee.builder().id("oc1").name("oc1").compoundId("nope-c").build());
    b.addFacilities(ServiceFacility.builder().id("f1").name("f1").kind(FacilityKind.POINT).areaId("h2").floorArea(10).build());

    assertThat(problemsOf(b))
        .extracting(JurisdictionProblem::getKind, JurisdictionProblem::getSubjectId, JurisdictionProblem::getMessage)
        .containsExactlyInAnyOrder(
            tuple(ProblemKind.WRONG_REFERENCE_KIND, "a9", "parent 'w1' is the community worker 'w1', expected an area"),
            tuple(ProblemKind.WRONG_REFERENCE_KIND, "w2", "area 'g1' is the grid 'g1', expected an area of level street, community"),
            tuple(ProblemKind.DANGLING_REFERENCE, "o1", "area 'nope' does not exist"),
            tuple(ProblemKind.WRONG_REFERENCE_KIND, "o2", "joint area 'h1' is the household 'h1', expected an area of level " + PART_LEVELS),
            tuple(ProblemKind.DANGLING_REFERENCE, "o2", "unit 'u-missing' does not exist"),
            tuple(ProblemKind.WRONG_REFERENCE_KIND, "o2",
                "unit 'gw1' is the grid worker 'gw1', expected a co-building unit or property company"),
            tuple(ProblemKind.DANGLING_REFERENCE, "o3", "parent 'missing-org' does not exist"),
            tuple(ProblemKind.WRONG_REFERENCE_KIND, "o4", "parent 'g1' is the grid 'g1', expected a party organization"),
            tuple(ProblemKind.KIND_NOT_ALLOWED, "o5", "a party committee cannot be led by the branch 'cp'"),
            tuple(ProblemKind.WRONG_REFERENCE_KIND, "m1", "area 'h1' is the household 'h1', expected an area of level " + PART_LEVELS),
            tuple(ProblemKind.DANGLING_REFERENCE, "m1", "unit 'nope-u' does not exist"),
            tuple(ProblemKind.DANGLING_REFERENCE, "r1", "area 'missing' does not exist"),
            tuple(ProblemKind.DANGLING_REFERENCE, "u2", "area 'zzz' does not exist"),
            tuple(ProblemKind.WRONG_REFERENCE_KIND, "pc1", "compound 'g1' is the grid 'g1', expected an area of level compound"),
            tuple(ProblemKind.DANGLING_REFERENCE, "oc1", "compound 'nope-c' does not exist"),
            tuple(ProblemKind.WRONG_REFERENCE_KIND, "f1", "area 'h2' is the household 'h2', expected an area of level " + PART_LEVELS));
  }

  @Test
  void build_goodReferencesIndexTheirParts() {
    Jurisdiction.Builder b = SampleJurisdiction.builder();
    b.addAreas(area("x1", AreaLevel.COMPOUND, "community"));
    b.addUnits(CoBuildingUnit.builder().id("u1").name("u1").addAreaIds("h1").build());
    b.addPropertyCompanies(PropertyCompany.builder().id("pc1").name("pc1").addCompoundIds("x1").build());
    b.addOwnersCommittees(OwnersCommittee.builder().id("oc1").name("oc1").compoundId("x1").build());
    b.addPartyMembers(RegisteredPartyMember.builder().id("m1").name("m1").areaId("g1").unitId("pc1").build());
    b.addContacts(ResponsibilityContact.builder().id("r1").name("r1").kind(ContactKind.PAIRED_UNIT).areaId("community").unitId("u1").build());
    b.addFacilities(ServiceFacility.builder().id("f1").name("f1").kind(FacilityKind.STATION).areaId("community").floorArea(300).build());
    b.addPartyOrganizations(
        PartyOrganization.builder().id("jb").kind(PartyOrganizationKind.JOINT_BRANCH).name("jb").parentId("wc")
            .areaId("x1").addJointAreaIds("g2").addUnitIds("u1", "pc1").build());
    Jurisdiction j = b.build();

    assertThat(j.getContactsOf("community")).extracting(ResponsibilityContact::getId).containsExactly("r1");
    assertThat(j.getContactsOf("g1")).isEmpty();
    assertThat(j.getFacilitiesOf("community")).extracting(ServiceFacility::getId).containsExactly("f1");
    assertThat(j.getFacilitiesOf("street")).isEmpty();
    assertThat(j.getCommunityWorkersOf("community")).extracting(CommunityWorker::getId).containsExactly("w1");
    assertThat(j.getCommunityWorkersOf("street")).isEmpty();
    assertThat(j.getPartyOrganizationsOn("g2")).extracting(PartyOrganization::getId).containsExactly("jb");
    assertThat(j.getPartyOrganizationsOn("x1")).extracting(PartyOrganization::getId).containsExactly("jb");
    assertThat(j.getChildOrganizations("wc")).extracting(PartyOrganization::getId).containsExactlyInAnyOrder("cp", "jb");
    assertThat(j.getIds()).contains("county", "w1", "gw1", "cp", "u1", "pc1", "oc1", "m1", "r1", "f1", "x1").hasSize(21);
    assertThat(j.getPartyOrganization("jb")).map(PartyOrganization::getName).contains("jb");
    assertThat(j.getPartyOrganization("g1")).isEmpty();
    assertThat(j.getArea("x1")).map(Area::getLevel).contains(AreaLevel.COMPOUND);
    assertThat(j.toString()).contains("root=county").contains("areas=9").contains("facilities=1").doesNotContain("王书记");
  }

  @Test
  void build_noRootIsReportedWithTheLoopsThatHideIt() {
    Jurisdiction.Builder b = Jurisdiction.builder().addAreas(
        area("x", AreaLevel.GRID, "y"), area("y", AreaLevel.MICRO_GRID, "x"), area("below", AreaLevel.BUILDING, "x"));
    assertThat(problemsOf(b))
        .extracting(JurisdictionProblem::getKind, JurisdictionProblem::getSubjectId, JurisdictionProblem::getMessage)
        .containsExactlyInAnyOrder(
            tuple(ProblemKind.ROOT, "", "no area without a parent: expected one county or street as the root"),
            tuple(ProblemKind.CYCLE, "x", "the chain of parents loops back to 'x'"),
            tuple(ProblemKind.CYCLE, "y", "the chain of parents loops back to 'y'"),
            tuple(ProblemKind.LEVEL_NOT_ALLOWED, "x", "a grid cannot sit under the micro-grid 'y'"));
  }

  @Test
  void build_rootMustBeCountyOrStreet() {
    assertThat(problemsOf(Jurisdiction.builder().addAreas(area("c", AreaLevel.COMMUNITY, null))))
        .extracting(JurisdictionProblem::getKind, JurisdictionProblem::getSubjectId, JurisdictionProblem::getMessage)
        .containsExactly(tuple(ProblemKind.ROOT, "c", "the root is a community, expected a county or a street"));
    assertThat(Jurisdiction.builder().addAreas(area("s", AreaLevel.STREET, null)).build().getRoot().getId()).isEqualTo("s");
    assertThat(problemsOf(Jurisdiction.builder().addAreas(area("s", AreaLevel.STREET, null), area("t", AreaLevel.STREET, null))))
        .extracting(JurisdictionProblem::getMessage)
        .containsExactly("a second area without a parent; the root is already 's'");
  }

  @Test
  void build_codesMustNestStrictlyUnderTheNearestCodedAncestor() {
    Jurisdiction.Builder b = SampleJurisdiction.builder();
    b.addAreas(
        Area.builder().id("same").level(AreaLevel.COMMUNITY).name("同码").parentId("street")
            .divisionCode(DivisionCode.parse("211324001000")).build(),
        Area.builder().id("deep").level(AreaLevel.COMPOUND).name("深").parentId("g2")
            .divisionCode(DivisionCode.parse("211324001002")).build(),
        Area.builder().id("lost").level(AreaLevel.COMMUNITY).name("失").parentId("missing")
            .divisionCode(DivisionCode.parse("211324001003")).build());
    assertThat(problemsOf(b))
        .extracting(JurisdictionProblem::getKind, JurisdictionProblem::getSubjectId, JurisdictionProblem::getMessage)
        .containsExactlyInAnyOrder(
            tuple(ProblemKind.CODE_NOT_UNDER_PARENT, "same", "division code 211324001000 is not under 211324001000 of 'street'"),
            tuple(ProblemKind.CODE_NOT_UNDER_PARENT, "deep", "division code 211324001002 is not under 211324001001 of 'community'"),
            tuple(ProblemKind.LEVEL_NOT_ALLOWED, "deep", "a compound cannot sit under the grid 'g2'"),
            tuple(ProblemKind.DANGLING_REFERENCE, "lost", "parent 'missing' does not exist"));
  }

  @Test
  void aggregates_sumEveryChildWhenNotDeclared() {
    Jurisdiction j = Jurisdiction.builder().addAreas(
            area("s", AreaLevel.STREET, null),
            Area.builder().id("c1").level(AreaLevel.COMMUNITY).name("c1").parentId("s").permanentResidents(100)
                .urbanPermanentResidents(60).households(40).build(),
            Area.builder().id("c2").level(AreaLevel.COMMUNITY).name("c2").parentId("s").permanentResidents(50)
                .urbanPermanentResidents(30).households(20).build(),
            area("c3", AreaLevel.COMMUNITY, "s"))
        .build();
    assertThat(j.getPermanentResidents("s")).hasValue(150);
    assertThat(j.getUrbanPermanentResidents("s")).hasValue(90);
    assertThat(j.getHouseholds("s")).isEqualTo(60);
    assertThat(j.getPermanentResidents("c3")).isEmpty();
    assertThat(j.getUrbanPermanentResidents("c3")).isEmpty();
    assertThat(j.getHouseholds("c3")).isZero();
    assertThat(j.getEnclosing("c1", AreaLevel.COMMUNITY)).map(Area::getId).contains("c1");
    assertThat(j.getEnclosing("c1", AreaLevel.COUNTY)).isEmpty();
  }

  @Test
  void exception_countsAndListsProblemsAndRefusesNone() {
    JurisdictionProblem p = JurisdictionProblem.of(ProblemKind.ROOT, "a", "bad");
    assertThat(new JurisdictionException(List.of(p)).getMessage())
        .isEqualTo("Inconsistent jurisdiction: 1 problem" + System.lineSeparator() + "  ROOT a: bad");
    assertThat(new JurisdictionException(List.of(p, p)).getMessage()).startsWith("Inconsistent jurisdiction: 2 problems");
    assertThatThrownBy(() -> new JurisdictionException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A JurisdictionException needs at least one problem");
    assertThat(p.toString()).isEqualTo("ROOT a: bad");
  }

  @Test
  void exception_listsTwentyProblemsAndCountsTheRest() {
    List<JurisdictionProblem> problems = java.util.stream.IntStream.rangeClosed(1, 21)
        .mapToObj(i -> JurisdictionProblem.of(ProblemKind.DANGLING_REFERENCE, "a" + i, "x"))
        .collect(java.util.stream.Collectors.toList());
    String message = new JurisdictionException(problems).getMessage();
    assertThat(message).startsWith("Inconsistent jurisdiction: 21 problems").contains("DANGLING_REFERENCE a20: x")
        .doesNotContain("a21").endsWith("… and 1 more (see getProblems())");
    assertThat(new JurisdictionException(problems.subList(0, 20)).getMessage())
        .contains("a20: x").doesNotContain("more");
  }

  /** Issue 17: each problem reads in Chinese too, levels and kinds by their Chinese names. */
  @Test
  void problems_renderInChineseAndEnglish() {
    Jurisdiction.Builder b = Jurisdiction.builder().addAreas(
        area("x", AreaLevel.GRID, "y"), area("y", AreaLevel.MICRO_GRID, "x"), area("below", AreaLevel.BUILDING, "x"));
    assertThat(problemsOf(b)).extracting(p -> p.getMessage(Locale.SIMPLIFIED_CHINESE)).containsExactlyInAnyOrder(
        "没有无上级的区域：应有一个县（区）或街道作为根",
        "上级链条绕回到“x”",
        "上级链条绕回到“y”",
        "网格不能设在微网格“y”之下");
    Jurisdiction.Builder refs = SampleJurisdiction.builder();
    refs.addCommunityWorkers(CommunityWorker.builder().id("w2").name("w2").areaId("g1").build());
    refs.addPartyOrganizations(
        branch("o3").parentId("missing-org").build(),
        PartyOrganization.builder().id("o5").kind(PartyOrganizationKind.COMMITTEE).name("o5").parentId("cp").build());
    List<JurisdictionProblem> problems = problemsOf(refs);
    assertThat(problems).extracting(p -> p.getMessage(Locale.SIMPLIFIED_CHINESE)).containsExactlyInAnyOrder(
        "区域“g1”是网格“g1”，应为以下层级的区域：街道、社区",
        "上级“missing-org”不存在",
        "党委不能由党支部“cp”领导");
    assertThat(problems).allSatisfy(p -> assertThat(p.getMessage()).isEqualTo(p.getMessage(Locale.ENGLISH)));
    JurisdictionException e = new JurisdictionException(problems);
    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).startsWith("辖区数据不一致：3 个问题")
        .contains("引用不存在 o3：上级“missing-org”不存在");
    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(e.getMessage());
  }

  @Test
  void literalProblem_readsTheSameInEveryLanguage() {
    JurisdictionProblem p = JurisdictionProblem.of(ProblemKind.ROOT, "a", "bad {0} '13812345678'");
    assertThat(p.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("bad {0} '138****5678'").isEqualTo(p.getMessage());
    assertThat(p).isEqualTo(JurisdictionProblem.of(ProblemKind.ROOT, "a", "bad {0} '13812345678'"));
  }
}
