package org.jiceng.governance.examples.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.examples.data.SampleDataSets;
import org.jiceng.governance.json.LedgerOperationsFormat;
import org.jiceng.governance.json.VisitsFormat;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.compliance.ComplianceReport;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.scorecard.Scorecard;
import org.jiceng.governance.rules.scorecard.ScorecardFigures;
import org.jiceng.governance.rules.scorecard.ScorecardPolicy;
import org.jiceng.governance.rules.visit.VisitPlan;
import org.jiceng.governance.rules.visit.VisitPlanner;
import org.jiceng.governance.rules.visit.VisitPolicy;

/** The reports the HTML tests render, built from the bundled samples (run from the examples directory). */
final class ReportSamples {
  static final Jurisdiction QIANXI = SampleDataSets.qianxi();

  private ReportSamples() {}

  static VisitPlan qianxiPlan() {
    return VisitPlanner.plan(QIANXI, VisitsFormat.read(Path.of("data", "qianxi-visits.json")),
        VisitPolicy.from(BuiltInProfiles.get("hebei-qianxi")), java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 6, 30));
  }

  static Scorecard qianxiScorecard() {
    return Scorecard.of(ScorecardPolicy.from(BuiltInProfiles.get("liaoning-tieling")), ScorecardFigures.measure(
        ScorecardFigures.Inputs.of(QIANXI).withVisits(qianxiPlan()).withLedger(LedgerOperationsFormat.read(Path.of("data", "qianxi-points.json")))));
  }

  static Map<String, Boolean> inputs(boolean demands, boolean visits, boolean ledger) {
    Map<String, Boolean> m = new LinkedHashMap<>();
    m.put("demands", demands);
    m.put("visits", visits);
    m.put("ledger", ledger);
    return m;
  }

  /** Luannan under the national profile: 324 grid warnings with lines and columns (its grids are 150-200 households). */
  static ComplianceReport luannanNational() {
    return ComplianceEngine.of(BuiltInProfiles.get("cn-national")).check(SampleDataSets.luannan());
  }
}
