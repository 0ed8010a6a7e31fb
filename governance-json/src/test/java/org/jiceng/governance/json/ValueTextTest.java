package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.code.ResidentIdNumber;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.ContactKind;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.people.RegisteredPartyMember;
import org.jiceng.governance.core.people.ResponsibilityContact;
import org.jiceng.governance.core.testing.UnmaskedNumbers;
import org.jiceng.governance.core.unit.CoBuildingUnit;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.core.unit.OwnersCommittee;
import org.jiceng.governance.core.unit.PropertyCompany;
import org.jiceng.governance.core.unit.ServiceFacility;
import org.jiceng.governance.rules.advice.Advice;
import org.jiceng.governance.rules.advice.AdviceKind;
import org.jiceng.governance.rules.compliance.ComplianceReport;
import org.jiceng.governance.rules.compliance.Finding;
import org.jiceng.governance.rules.compliance.Location;
import org.jiceng.governance.rules.compliance.Measurement;
import org.jiceng.governance.rules.compliance.Severity;
import org.jiceng.governance.rules.ledger.Account;
import org.jiceng.governance.rules.ledger.AccountKind;
import org.jiceng.governance.rules.ledger.ActivityRule;
import org.jiceng.governance.rules.ledger.LedgerPolicy;
import org.jiceng.governance.rules.ledger.LedgerUnit;
import org.jiceng.governance.rules.ledger.PointsScenario;
import org.jiceng.governance.rules.profile.RuleSetting;
import org.jiceng.governance.rules.profile.Source;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: {@code toString()} of the library's values printed identity and mobile numbers in
 * full (the phones of {@code CommunityWorker} and {@code GridWorker}, and any number written into
 * a name, an id or a note of any other value). Every value type of core, rules and json now prints
 * itself through {@code DisplayText}; before the fix the generated {@code toString()} of {@code
 * Area}, the parties, people and units, {@code Advice}, {@code Finding}, {@code Account}, the
 * ledger policy and the profile values printed such numbers as they were.
 */
class ValueTextTest {
  /** Personal data of every shape, put in every text field: an identity number, a mobile number. */
  static final String S = "王 " + UnmaskedNumbers.PHONE + " " + UnmaskedNumbers.ID + " " + UnmaskedNumbers.ID_15;

  /** The classes Immutables generated for the library's values, found on the class path. */
  static List<Class<?>> generatedValueClasses() throws IOException {
    List<Class<?>> out = new ArrayList<>();
    for (ClassPath.ClassInfo info : ClassPath.from(ValueTextTest.class.getClassLoader()).getAllClasses()) {
      if (info.getPackageName().startsWith("org.jiceng.governance.") && info.getSimpleName().startsWith("Immutable")
          && !info.getName().contains("$")) {
        Class<?> c = info.load();
        if (c.getSuperclass() != null && c.getSuperclass().getPackage().equals(c.getPackage())) {
          out.add(c);
        }
      }
    }
    return out;
  }

  @Test
  void everyValueType_printsThroughItsOwnToString() throws IOException {
    List<Class<?>> generated = generatedValueClasses();
    assertThat(generated).hasSizeGreaterThanOrEqualTo(30);
    List<String> generatedToString = new ArrayList<>();
    for (Class<?> c : generated) {
      try {
        c.getDeclaredMethod("toString");
        generatedToString.add(c.getSuperclass().getName());
      } catch (NoSuchMethodException written) {
        // The value type writes its own toString (through DisplayText).
      }
    }
    assertThat(generatedToString).as("value types printed by Immutables' toString, which copies text as it is").isEmpty();
  }

  static Map<String, Object> values() {
    Map<String, Object> v = new LinkedHashMap<>();
    Area county = Area.builder().id(S).level(AreaLevel.COUNTY).name(S).build();
    v.put("Area", Area.builder().id(S).level(AreaLevel.GRID).name(S).parentId(S + " 街道").addMatters(S).build());
    v.put("PartyOrganization", PartyOrganization.builder().id(S).kind(PartyOrganizationKind.JOINT_BRANCH).name(S).parentId(S + " 总支").areaId(S)
        .addUnitIds(S).addJointAreaIds(S).build());
    v.put("CommunityWorker", CommunityWorker.builder().id(S).name(S).areaId(S).phone(UnmaskedNumbers.PHONE)
        .identityNumber(ResidentIdNumber.parse(UnmaskedNumbers.ID)).build());
    v.put("GridWorker", GridWorker.builder().id(S).name(S).areaId(S).role(GridWorkerRole.FULL_TIME).phone(S)
        .identityNumber(ResidentIdNumber.parse(UnmaskedNumbers.ID)).build());
    v.put("RegisteredPartyMember", RegisteredPartyMember.builder().id(S).name(S).areaId(S).unitId(S).build());
    v.put("ResponsibilityContact", ResponsibilityContact.builder().id(S).name(S).kind(ContactKind.values()[0]).areaId(S).unitId(S).build());
    v.put("CoBuildingUnit", CoBuildingUnit.builder().id(S).name(S).addAreaIds(S).build());
    v.put("OwnersCommittee", OwnersCommittee.builder().id(S).name(S).compoundId(S).build());
    v.put("PropertyCompany", PropertyCompany.builder().id(S).name(S).addCompoundIds(S).build());
    v.put("ServiceFacility", ServiceFacility.builder().id(S).name(S).kind(FacilityKind.values()[0]).areaId(S).floorArea(10).build());
    Source source = Source.of(S, S, S);
    v.put("Source", source);
    v.put("Advice", Advice.builder().kind(AdviceKind.values()[0]).subject(S).subjectName(S).addOrganizationIds(S).addAreaIds(S)
        .streetId(S).streetName(S).communityId(S).communityName(S).fullMembers(1).totalMembers(2).rule(S).parameter(S)
        .threshold(S).source(source).approvalNeeded(false).messageKey(S).build());
    Finding finding = Finding.builder().rule(S).severity(Severity.ERROR).subject(S).community(S).communityName(S)
        .location(Location.of(S, 1, 1)).measured(S).expected(S).source(S).sourceZh(S).bundle(S).messageKey(S).addMessageArguments(S)
        .build();
    v.put("Finding", finding);
    v.put("Location", Location.of(S, 1, 1));
    v.put("Measurement", Measurement.of(S, S, 1));
    v.put("ComplianceReport", ComplianceReport.builder().profile(S).subject(S).subjectName(S).communities(1).grids(1)
        .addMeasured(Measurement.of(S, S, 1)).addFindings(finding).build());
    v.put("Account", Account.builder().id(S).kind(AccountKind.PASSBOOK).unit(LedgerUnit.POINTS).communityId(S).addRelatives(S + " 子").build());
    ActivityRule rule = ActivityRule.builder().activity(S).unit(LedgerUnit.POINTS).amount(1).source(source).build();
    v.put("ActivityRule", rule);
    v.put("LedgerPolicy", LedgerPolicy.builder().id(S).source(source).putActivities(S, rule).build());
    v.put("PointsScenario", PointsScenario.builder().policy(S).residents(1).merchants(0).offerPrice(1).redemptionRate(0)
        .putActivityRates(S, 0.5).build());
    v.put("RuleSetting", RuleSetting.of(true, source));
    v.put("StandardsProfile", StandardsProfile.draft(S, S, S, S, source).build());
    Jurisdiction j = Jurisdiction.builder().addAreas(county).build();
    v.put("Jurisdiction", j);
    v.put("Dataset", Dataset.builder().profile(S).jurisdiction(j).addProblems(FormatProblem.of(S, 1, 1, "/" + S, S)).build());
    v.put("ReadSummary", ReadSummary.builder().county(county).profile(S).streets(0).communities(0).grids(0)
        .addProblems(FormatProblem.of(S, 1, 1, "/" + S, S)).problemCount(1).build());
    return v;
  }

  @Test
  void everyValue_printsNoIdentityOrMobileNumberInFull() {
    Map<String, Object> values = values();
    List<String> leaks = new ArrayList<>();
    values.forEach((type, value) -> UnmaskedNumbers.find(value.toString()).ifPresent(n -> leaks.add(type + ": " + n + " in " + value)));
    assertThat(leaks).isEmpty();
    assertThat(values.get("CommunityWorker").toString()).contains("phone=****").contains("110105********002X");
    assertThat(values.get("Area").toString()).startsWith("Area{id=王 138****5678").contains("level=GRID");
  }

  @Test
  void valueText_leavesOutAbsentValuesAndEscapesControls() {
    Area a = Area.builder().id("g1").level(AreaLevel.GRID).name("第一\u001B[2J网格").parentId("c1").households(300).build();
    assertThat(a.toString()).isEqualTo("Area{id=g1, level=GRID, name=第一\\u001B[2J网格, parentId=c1, households=300, careTags=[], matters=[]}");
  }
}
