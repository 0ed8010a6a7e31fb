/**
 * The rule engines: standards profiles, compliance checking, advice, demand lists, points and
 * time banks, visits, scorecards and scenarios.
 *
 * <p>The built-in compliance rules are service providers of {@code Rule}, found by {@code
 * RuleCatalog} through {@link java.util.ServiceLoader} the same way as a user's rules; their
 * classes stay in a package that is not exported.
 */
module org.jiceng.governance.rules {
  requires transitive org.jiceng.governance.core;
  requires org.pcollections;

  // Compile-only: the code Immutables generates carries Error Prone's CLASS-retention annotations
  // (@CanIgnoreReturnValue, @Var), which need nothing at run time.
  requires static com.google.errorprone.annotations;

  exports org.jiceng.governance.rules.advice;
  exports org.jiceng.governance.rules.compliance;
  exports org.jiceng.governance.rules.demand;
  exports org.jiceng.governance.rules.ledger;
  exports org.jiceng.governance.rules.profile;
  exports org.jiceng.governance.rules.scenario;
  exports org.jiceng.governance.rules.scorecard;
  exports org.jiceng.governance.rules.visit;

  uses org.jiceng.governance.rules.compliance.Rule;

  // In catalog order (the order of reports and jiceng explain), as in
  // META-INF/services/org.jiceng.governance.rules.compliance.Rule for the class path.
  provides org.jiceng.governance.rules.compliance.Rule with
      org.jiceng.governance.rules.internal.LocalRules.AreaChain,
      org.jiceng.governance.rules.internal.LocalRules.DivisionCodeRange,
      org.jiceng.governance.rules.internal.LocalRules.DeclaredTotals,
      org.jiceng.governance.rules.internal.LocalRules.GridHouseholds,
      org.jiceng.governance.rules.internal.LocalRules.MicroGridHouseholds,
      org.jiceng.governance.rules.internal.LocalRules.GridResidents,
      org.jiceng.governance.rules.internal.LocalRules.FullTimeWorker,
      org.jiceng.governance.rules.internal.LocalRules.BuildingHead,
      org.jiceng.governance.rules.internal.LocalRules.AdmissionList,
      org.jiceng.governance.rules.internal.PartyRules.GridPartyCell,
      org.jiceng.governance.rules.internal.PartyRules.CompoundBranch,
      org.jiceng.governance.rules.internal.PartyRules.KindMembership,
      org.jiceng.governance.rules.internal.PartyRules.CommitteeSize,
      org.jiceng.governance.rules.internal.PartyRules.GroupSize,
      org.jiceng.governance.rules.internal.PartyRules.BranchGroups,
      org.jiceng.governance.rules.internal.PartyRules.TermOverdue,
      org.jiceng.governance.rules.internal.PartyRules.CentralHousehold,
      org.jiceng.governance.rules.internal.AggregateRules.WorkersPer10k,
      org.jiceng.governance.rules.internal.LocalRules.SmallCommunity,
      org.jiceng.governance.rules.internal.LocalRules.GradeValid,
      org.jiceng.governance.rules.internal.AggregateRules.CertificateShare,
      org.jiceng.governance.rules.internal.LocalRules.OneShoulder,
      org.jiceng.governance.rules.internal.LocalRules.ReserveCandidates,
      org.jiceng.governance.rules.internal.LocalRules.FacilityArea,
      org.jiceng.governance.rules.internal.LocalRules.CenterArea,
      org.jiceng.governance.rules.internal.LocalRules.FacilityTiers,
      org.jiceng.governance.rules.internal.LocalRules.CountyLeader,
      org.jiceng.governance.rules.internal.LocalRules.PairedUnit,
      org.jiceng.governance.rules.internal.LocalRules.FirstSecretary,
      org.jiceng.governance.rules.internal.LocalRules.GridCadre;
}
