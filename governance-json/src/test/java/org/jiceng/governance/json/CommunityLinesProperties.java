package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.testing.ModelArbitraries;
import org.jiceng.governance.rules.compliance.CommunityScope;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.compliance.ComplianceReport;
import org.jiceng.governance.rules.compliance.Finding;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;

/** A dataset cut into {@code jiceng.community/1} lines loses nothing its rules need. */
class CommunityLinesProperties {
  @Provide
  Arbitrary<Jurisdiction> jurisdictions() {
    return ModelArbitraries.jurisdictions(8);
  }

  @Provide
  Arbitrary<StandardsProfile> profiles() {
    return net.jqwik.api.Arbitraries.of(BuiltInProfiles.all());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The file of lines made from a dataset, and the subtrees the dataset reader gave. */
  private static byte[] split(String dataset, List<CommunitySubtree> subtrees) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommunityLinesFormat lines = CommunityLinesFormat.strict().withPersonalDataInFull(true);
    DatasetReader.strict().forEachCommunity(new ByteArrayInputStream(utf8(dataset)), "gen.json", s -> {
      subtrees.add(s);
      lines.writeLine(s, out);
    });
    return out.toByteArray();
  }

  @Property(tries = 60)
  void writtenThenRead_givesTheSameCommunities(@ForAll("jurisdictions") Jurisdiction j) {
    String dataset = DatasetWriter.standard().withPersonalDataInFull(true).withProfile("cn-national").writeToString(j);
    List<CommunitySubtree> subtrees = new ArrayList<>();
    byte[] file = split(dataset, subtrees);
    List<CommunitySubtree> back = new ArrayList<>();
    ReadSummary r = CommunityLinesFormat.strict().forEachCommunity(new ByteArrayInputStream(file), "gen.jsonl", back::add);
    assertThat(back).isEqualTo(subtrees);
    for (int i = 0; i < back.size(); i++) {
      assertThat(back.get(i).getJurisdiction()).isEqualTo(subtrees.get(i).getJurisdiction());
    }
    assertThat(r.getCommunities()).isEqualTo(subtrees.size());
    assertThat(r.getProblemCount()).isZero();
  }

  /** What a finding is compared on: rule, severity, subject, measured, expected (and community). */
  static String key(Finding f) {
    return f.getRule() + " | " + f.getSeverity() + " | " + f.getSubject() + " | " + f.getCommunity().orElse("") + " | "
        + f.getMeasured() + " | " + f.getExpected();
  }

  @Property(tries = 60)
  void checkingTheLines_givesTheFindingsAndFiguresOfCheckingTheDataset(
      @ForAll("jurisdictions") Jurisdiction j, @ForAll("profiles") StandardsProfile p) {
    String dataset = DatasetWriter.standard().withPersonalDataInFull(true).withProfile(p.getId()).writeToString(j);
    ValidationResult whole = DatasetValidator.of(p).withThreads(1).validate(new ByteArrayInputStream(utf8(dataset)), "gen.json");
    byte[] file = split(dataset, new ArrayList<>());
    ComplianceEngine engine = ComplianceEngine.of(p);
    ComplianceEngine.Run run = engine.start(j.getRoot());
    List<String> keys = new ArrayList<>();
    CommunityLinesFormat.strict().forEachCommunity(new ByteArrayInputStream(file), "gen.jsonl", s -> {
      CommunityScope scope = CommunityScope.of(s.getJurisdiction(), s.getCommunity().getId(), s.getLocator());
      engine.checkLocal(scope).forEach(f -> keys.add(key(f)));
      run.accumulate(scope);
    });
    ComplianceReport county = run.finish();
    county.getFindings().forEach(f -> keys.add(key(f)));
    List<String> expected = new ArrayList<>();
    whole.getFindings().forEach(f -> expected.add(key(f)));
    assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(county.getMeasured()).isEqualTo(whole.getMeasured());
    assertThat((long) county.getCommunities()).isEqualTo(whole.getCommunities());
    assertThat(county.getGrids()).isEqualTo(whole.getGrids());
  }
}
