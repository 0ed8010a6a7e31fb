package org.jiceng.governance.rules.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.testing.ModelArbitraries;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;

/** The advisor is deterministic and idempotent over generated jurisdictions and every built-in profile. */
class AdviceProperties {

  @Provide
  Arbitrary<Jurisdiction> jurisdictions() {
    return Arbitraries.oneOf(ModelArbitraries.jurisdictions(6), Arbitraries.longs().map(County::random));
  }

  @Provide
  Arbitrary<StandardsProfile> profiles() {
    List<StandardsProfile> all = new java.util.ArrayList<>(BuiltInProfiles.all());
    all.add(PartyOrganizationAdvisorTest.FULL);
    return Arbitraries.of(all);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 8).map(d -> LocalDate.of(2022, 1, 1).plusDays(d));
  }

  /** Applying the advice and advising again gives no advice of the same kind about the same subject. */
  @Property(tries = 300)
  void advice_isIdempotent(@ForAll("jurisdictions") Jurisdiction j, @ForAll("profiles") StandardsProfile profile,
      @ForAll("dates") LocalDate asOf) {
    PartyOrganizationAdvisor advisor = PartyOrganizationAdvisor.of(profile);
    List<Advice> advice = advisor.advise(j, asOf);
    Statistics.label("advice").collect(advice.isEmpty() ? "none" : "some");
    Jurisdiction after = AdviceApplier.apply(j, advice, profile, asOf);
    Set<String> before = advice.stream().map(a -> a.getKind() + " " + a.getSubject()).collect(Collectors.toSet());
    List<Advice> again = advisor.advise(after, asOf);
    assertThat(again).noneMatch(a -> before.contains(a.getKind() + " " + a.getSubject()));
    assertThat(advisor.advise(j, asOf)).isEqualTo(advice);
  }

  /** The generators reach every advice kind in a fair share of tries. */
  @Property(tries = 300)
  void generators_reachEveryKind(@ForAll("jurisdictions") Jurisdiction j, @ForAll("profiles") StandardsProfile profile,
      @ForAll("dates") LocalDate asOf) {
    List<Advice> advice = PartyOrganizationAdvisor.of(profile).advise(j, asOf);
    for (AdviceKind k : AdviceKind.values()) {
      Statistics.label(k.name()).collect(advice.stream().anyMatch(a -> a.getKind() == k));
    }
    for (AdviceKind k : AdviceKind.values()) {
      Statistics.label(k.name()).coverage(c -> c.check(true).percentage(p -> p > 0.5));
    }
  }
}
