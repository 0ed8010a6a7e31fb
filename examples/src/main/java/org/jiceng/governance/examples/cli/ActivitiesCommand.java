package org.jiceng.governance.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.jiceng.governance.rules.ledger.ActivityRule;
import org.jiceng.governance.rules.ledger.LedgerPolicies;
import org.jiceng.governance.rules.ledger.LedgerPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jiceng activities [POLICY...] [--format text|json]}: the activities each built-in points
 * bank or time bank policy accrues for, the ids an {@code Accrue} operation may name. Text (the
 * same in every language, for programs): one line per activity, {@code POLICY<TAB>ACTIVITY<TAB>
 * AMOUNT<TAB>UNIT<TAB>per-hour|per-activity<TAB>MULTIPLIER%<TAB>CAPS<TAB>confirmed|unconfirmed<TAB>
 * SOURCE}, caps as {@code day=N month=N year=N} or {@code -}. JSON: {@code {"format": "jiceng.activities/1", "policies": [{"id",
 * "source", "activities": [{"id", "amount", "unit", "perHour", "multiplierPercent", "capPerDay",
 * "capPerMonth", "capPerYear", "confirmationRequired", "source"}]}]}}, sources as {@code
 * {"document", "note"}} and absent caps as null.
 */
@Command(name = "activities")
final class ActivitiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "POLICY", arity = "0..*", descriptionKey = "activities.POLICY")
  List<String> policyIds = new ArrayList<>();

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "format")
  ReportOptions.Format format;

  @Mixin LanguageOption language;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<LedgerPolicy> policies = new ArrayList<>();
    for (String id : policyIds) {
      LedgerPolicy p = LedgerPolicies.find(id).orElse(null);
      if (p == null) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(MessageFormat.format(language.messages().getString("activities.unknownPolicy"), id,
            String.join(", ", LedgerPolicies.all().stream().map(LedgerPolicy::getId).toArray(String[]::new))));
        err.flush();
        return Jiceng.USAGE;
      }
      if (!policies.contains(p)) {
        policies.add(p);
      }
    }
    if (policies.isEmpty()) {
      policies.addAll(LedgerPolicies.all());
    }
    if (format == ReportOptions.Format.json) {
      out.print(json(policies));
    } else {
      for (LedgerPolicy p : policies) {
        for (String activity : p.getActivityIds()) {
          ActivityRule r = p.getActivities().get(activity);
          out.println(String.join("\t", p.getId(), activity, String.valueOf(r.getAmount()), r.getUnit().name(),
              r.isPerHour() ? "per-hour" : "per-activity", r.getMultiplierPercent() + "%", caps(r),
              r.isConfirmationRequired() ? "confirmed" : "unconfirmed", r.getSource().toString()));
        }
      }
    }
    out.flush();
    return Jiceng.OK;
  }

  /** The caps as {@code day=N month=N year=N}, {@code -} for none. */
  private static String caps(ActivityRule r) {
    List<String> caps = new ArrayList<>();
    cap(caps, "day", r.getCapPerDay());
    cap(caps, "month", r.getCapPerMonth());
    cap(caps, "year", r.getCapPerYear());
    return caps.isEmpty() ? "-" : String.join(" ", caps);
  }

  private static void cap(List<String> into, String period, OptionalLong cap) {
    if (cap.isPresent()) {
      into.add(period + "=" + cap.getAsLong());
    }
  }

  private static String json(List<LedgerPolicy> policies) {
    return JsonListing.of("jiceng.activities/1", "policies", g -> {
      for (LedgerPolicy p : policies) {
        g.writeStartObject();
        g.writeStringField("id", p.getId());
        JsonListing.source(g, p.getSource());
        g.writeArrayFieldStart("activities");
        for (String activity : p.getActivityIds()) {
          ActivityRule r = p.getActivities().get(activity);
          g.writeStartObject();
          g.writeStringField("id", activity);
          g.writeNumberField("amount", r.getAmount());
          g.writeStringField("unit", r.getUnit().name());
          g.writeBooleanField("perHour", r.isPerHour());
          g.writeNumberField("multiplierPercent", r.getMultiplierPercent());
          cap(g, "capPerDay", r.getCapPerDay());
          cap(g, "capPerMonth", r.getCapPerMonth());
          cap(g, "capPerYear", r.getCapPerYear());
          g.writeBooleanField("confirmationRequired", r.isConfirmationRequired());
          JsonListing.source(g, r.getSource());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
    });
  }

  private static void cap(JsonGenerator g, String name, OptionalLong cap) throws IOException {
    if (cap.isPresent()) {
      g.writeNumberField(name, cap.getAsLong());
    } else {
      g.writeNullField(name);
    }
  }
}
