package org.jiceng.governance.rules.advice;

import java.time.LocalDate;
import java.util.Optional;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.rules.profile.ParameterKey;
import org.jiceng.governance.rules.profile.Parameters;

/** Advice on terms that ended or end within the horizon. Not API. */
final class TermAdvice {
  private final AdviceContext c;

  TermAdvice(AdviceContext c) {
    this.c = c;
  }

  void advise(PartyOrganization o) {
    if (!PartyOrganizationAdvisor.BRANCH_OR_MORE.contains(o.getKind()) || o.getElectedOn().isEmpty()) {
      return;
    }
    Optional<ParameterKey<Integer>> key = termKey(o);
    if (o.getTermYears().isEmpty() && (key.isEmpty() || c.profile.get(key.get()).isEmpty())) {
      return;
    }
    int years = o.getTermYears().isPresent() ? o.getTermYears().getAsInt() : c.profile.get(key.get()).get();
    LocalDate due = o.getElectedOn().get().plusYears(years);
    if (due.isAfter(c.asOf.plusDays(c.horizonDays))) {
      return;
    }
    ParameterKey<Integer> basis = key.orElse(Parameters.COMMUNITY_TERM_YEARS);
    c.add(c.base(o, AdviceKind.RE_ELECT, basis, years + (o.getTermYears().isPresent() ? " (data)" : ""))
        .dueOn(due).approvalNeeded(due.isBefore(c.asOf))
        .messageKey(due.isBefore(c.asOf) ? "advice.RE_ELECT.overdue" : "advice.RE_ELECT"));
  }

  private Optional<ParameterKey<Integer>> termKey(PartyOrganization o) {
    boolean inCommunity = o.getAreaId().flatMap(a -> c.j.getEnclosing(a, AreaLevel.COMMUNITY)).isPresent();
    if (inCommunity) {
      return Optional.of(Parameters.COMMUNITY_TERM_YEARS);
    }
    return Optional.of(o.getKind() == PartyOrganizationKind.COMMITTEE ? Parameters.COMMITTEE_TERM_YEARS : Parameters.BRANCH_TERM_YEARS);
  }
}
