package org.jiceng.governance.rules.internal;

import com.google.common.collect.ImmutableList;
import org.jiceng.governance.rules.compliance.Rule;

/** The built-in rule catalog, in the order reports and {@code jiceng explain} list it. Not API. */
public final class BuiltInRules {
  private static final ImmutableList<Rule> ALL = ImmutableList.of(
      new LocalRules.AreaChain(),
      new LocalRules.DivisionCodeRange(),
      new LocalRules.DeclaredTotals(),
      new LocalRules.GridHouseholds(),
      new LocalRules.MicroGridHouseholds(),
      new LocalRules.GridResidents(),
      new LocalRules.FullTimeWorker(),
      new LocalRules.BuildingHead(),
      new LocalRules.AdmissionList(),
      new PartyRules.GridPartyCell(),
      new PartyRules.CompoundBranch(),
      new PartyRules.KindMembership(),
      new PartyRules.CommitteeSize(),
      new PartyRules.GroupSize(),
      new PartyRules.BranchGroups(),
      new PartyRules.TermOverdue(),
      new PartyRules.CentralHousehold(),
      new AggregateRules.WorkersPer10k(),
      new LocalRules.SmallCommunity(),
      new LocalRules.GradeValid(),
      new AggregateRules.CertificateShare(),
      new LocalRules.OneShoulder(),
      new LocalRules.ReserveCandidates(),
      new LocalRules.FacilityArea(),
      new LocalRules.CenterArea(),
      new LocalRules.FacilityTiers(),
      new LocalRules.CountyLeader(),
      new LocalRules.PairedUnit(),
      new LocalRules.FirstSecretary(),
      new LocalRules.GridCadre());

  private BuiltInRules() {}

  /**
   * Returns every built-in rule.
   *
   * @return the rules
   */
  public static ImmutableList<Rule> all() {
    return ALL;
  }
}
