package org.jiceng.governance.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.json.AdviceFormat;
import org.jiceng.governance.json.Dataset;
import org.jiceng.governance.rules.advice.Advice;
import org.jiceng.governance.rules.advice.AdviceText;
import org.jiceng.governance.rules.advice.PartyOrganizationAdvisor;
import org.jiceng.governance.rules.profile.StandardsProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jiceng advise FILE}: what the county organization department should do about its party
 * organizations under a profile, as of a date. Exit 0 when there is no advice, 1 when there is,
 * 2 on bad input or usage.
 */
@Command(name = "advise")
final class AdviseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "FILE")
  Path file;

  @Mixin ProfileOptions profile;

  @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "advise.as-of")
  String asOf;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "format")
  ReportOptions.Format format;

  @Mixin LanguageOption language;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ResourceBundle messages = language.messages();
    try {
      Dataset d = ReportOptions.dataset(file, language.locale(), messages, err);
      StandardsProfile p = profile.resolve(d.getProfile().orElse(null), language.locale(), messages, err);
      Jurisdiction j = ReportOptions.jurisdiction(d);
      LocalDate date;
      if (asOf != null) {
        try {
          date = LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
          err.println(MessageFormat.format(messages.getString("advise.badDate"), asOf));
          return Jiceng.USAGE;
        }
      } else if (j.getAsOf().isPresent()) {
        date = j.getAsOf().get();
      } else {
        err.println(messages.getString("advise.noDate"));
        return Jiceng.USAGE;
      }
      PartyOrganizationAdvisor advisor = PartyOrganizationAdvisor.of(p);
      List<Advice> advice = advisor.advise(j, date);
      Area root = j.getRoot();
      if (format == ReportOptions.Format.json) {
        out.print(AdviceFormat.writeToString(advice, p.getId(), root.getId(), date, advisor.getHorizonDays(), language.locale()));
      } else {
        out.print(AdviceText.render(advice, p.getId(), root.getName() + " (" + root.getId() + ")", date, language.locale()));
      }
      out.flush();
      return advice.isEmpty() ? Jiceng.OK : Jiceng.FINDINGS;
    } catch (ProfileOptions.UsageException e) {
      err.println(e.getMessage());
      return Jiceng.USAGE;
    } catch (CliFiles.BadInput e) {
      return Jiceng.USAGE;
    }
  }
}
