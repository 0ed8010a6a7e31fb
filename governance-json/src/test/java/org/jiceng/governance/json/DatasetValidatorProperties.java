package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.testing.ModelArbitraries;
import org.jiceng.governance.json.internal.FindingSpool;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.compliance.Finding;
import org.jiceng.governance.rules.compliance.ReportText;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;

class DatasetValidatorProperties {
  @Provide
  Arbitrary<Jurisdiction> jurisdictions() {
    return ModelArbitraries.jurisdictions(12);
  }

  @Provide
  Arbitrary<StandardsProfile> profiles() {
    return net.jqwik.api.Arbitraries.of(BuiltInProfiles.all());
  }

  /** Everything a listener sees, in order. */
  private static List<String> events(DatasetValidator v, String json, boolean lenient) {
    List<String> out = new ArrayList<>();
    ValidationResult r = v.withLenient(lenient).validate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "gen.json",
        new ValidationListener() {
          @Override
          public void problem(FormatProblem p) {
            out.add("problem " + p);
          }

          @Override
          public void finding(Finding f) {
            out.add("finding " + f);
          }

          @Override
          public void communityChecked(int communities) {
            out.add("community " + communities);
          }
        });
    out.add("result " + r.getErrors() + "/" + r.getWarnings() + "/" + r.getInfos() + " " + r.getMeasured() + " " + r.getProblemCount());
    return out;
  }

  @Property(tries = 60)
  void threads_giveTheSameFindingsInTheSameOrder(@ForAll("jurisdictions") Jurisdiction j, @ForAll("profiles") StandardsProfile p,
      @ForAll @IntRange(min = 2, max = 5) int threads) {
    String json = DatasetWriter.standard().withPersonalDataInFull(true).writeToString(j);
    DatasetValidator one = DatasetValidator.of(p).withThreads(1);
    DatasetValidator many = DatasetValidator.of(p).withThreads(threads);
    assertThat(events(many, json, false)).isEqualTo(events(one, json, false));
    ValidationResult a = one.validate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "gen.json");
    ValidationResult b = many.validate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "gen.json");
    assertThat(b).isEqualTo(a);
    // The same findings as the engine on the jurisdiction in memory, which knows no locations.
    var whole = ComplianceEngine.of(p).check(j);
    assertThat(a.getFindings()).extracting(DatasetValidatorProperties::key)
        .containsExactlyInAnyOrderElementsOf(whole.getFindings().stream().map(DatasetValidatorProperties::key).collect(java.util.stream.Collectors.toList()));
    assertThat(a.getMeasured()).isEqualTo(whole.getMeasured());
  }

  private static String key(Finding f) {
    return f.getRule() + " " + f.getSeverity() + " " + f.getSubject() + " " + f.getMeasured() + " " + f.getExpected();
  }

  @Property(tries = 40)
  void threads_giveTheSameProblemsInLenientMode(@ForAll("jurisdictions") Jurisdiction j, @ForAll @IntRange(min = 0, max = 40) int cut,
      @ForAll @IntRange(min = 2, max = 4) int threads) {
    // A fault injected into one community: an unknown field in the n-th area object.
    String json = DatasetWriter.standard().withPersonalDataInFull(true).writeToString(j);
    int at = -1;
    for (int i = 0; i <= cut; i++) {
      int next = json.indexOf("\"name\"", at + 1);
      if (next < 0) {
        break;
      }
      at = next;
    }
    String bad = at < 0 ? json : json.substring(0, at) + "\"oops\": 1, " + json.substring(at);
    DatasetValidator v = DatasetValidator.of(BuiltInProfiles.get("cn-national"));
    assertThat(events(v.withThreads(threads), bad, true)).isEqualTo(events(v.withThreads(1), bad, true));
  }

  @Property(tries = 40)
  void threads_giveTheSameProblemsWhenACommunityDoesNotBuild(@ForAll("jurisdictions") Jurisdiction j,
      @ForAll @IntRange(min = 1, max = 60) int which, @ForAll boolean lenient, @ForAll @IntRange(min = 2, max = 4) int threads) {
    // A structural fault found only when the community is built: an id used twice (the n-th id
    // takes the value of the one before it).
    String json = DatasetWriter.standard().withPersonalDataInFull(true).withPrettyPrint(false).writeToString(j);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(json);
    List<int[]> spans = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(1), m.end(1)});
      ids.add(m.group(1));
    }
    String bad = json;
    if (ids.size() > 2) {
      int k = 1 + which % (ids.size() - 1);
      bad = json.substring(0, spans.get(k)[0]) + ids.get(k - 1) + json.substring(spans.get(k)[1]);
    }
    DatasetValidator v = DatasetValidator.of(BuiltInProfiles.get("cn-national"));
    List<String> one = events(v.withThreads(1), bad, lenient);
    assertThat(events(v.withThreads(threads), bad, lenient)).isEqualTo(one);
    net.jqwik.api.statistics.Statistics.label("fault found").collect(one.stream().anyMatch(e -> e.startsWith("problem")));
    net.jqwik.api.statistics.Statistics.label("fault found").coverage(c -> c.check(true).count(n -> n >= 5));
  }

  @Property(tries = 100)
  void spool_sortsLikeAListWhateverItSpills(@ForAll("jurisdictions") Jurisdiction j, @ForAll("profiles") StandardsProfile p,
      @ForAll @IntRange(min = 1, max = 7) int inMemory, @ForAll boolean text) {
    List<Finding> all = new ArrayList<>(ComplianceEngine.of(p).check(j).getFindings());
    java.util.Collections.reverse(all);
    Comparator<Finding> order = text ? ReportText.order() : ComplianceEngine.findingOrder();
    List<Finding> merged = new ArrayList<>();
    try (FindingSpool spool = new FindingSpool(order, inMemory)) {
      all.forEach(spool);
      Iterator<Finding> it = spool.sorted();
      it.forEachRemaining(merged::add);
      assertThat(spool.count()).isEqualTo(all.size());
    }
    List<Finding> sorted = new ArrayList<>(all);
    sorted.sort(order);
    assertThat(merged).isEqualTo(sorted);
  }
}
