package org.jiceng.governance.examples.cli;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.jiceng.governance.rules.compliance.Rule;
import org.jiceng.governance.rules.compliance.RuleCatalog;
import org.jiceng.governance.rules.profile.ParameterKey;
import org.jiceng.governance.rules.profile.StandardsProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jiceng explain RULE [--profile ID]}: what a rule checks, whether it runs under the
 * profile, its severity, and each parameter's value and source there.
 */
@Command(name = "explain")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RULE", descriptionKey = "explain.RULE")
  String ruleId;

  @Mixin ProfileOptions profile;

  @Mixin LanguageOption language;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ResourceBundle messages = language.messages();
    Rule rule = RuleCatalog.find(ruleId).orElse(null);
    if (rule == null) {
      err.println(MessageFormat.format(messages.getString("explain.unknownRule"), ruleId,
          String.join(", ", RuleCatalog.load().stream().map(Rule::getId).toArray(String[]::new))));
      return Jiceng.USAGE;
    }
    StandardsProfile p;
    try {
      p = profile.resolve(null, language.locale(), messages, err);
    } catch (ProfileOptions.UsageException e) {
      err.println(e.getMessage());
      return Jiceng.USAGE;
    } catch (CliFiles.BadInput e) {
      return Jiceng.USAGE;
    }
    Locale locale = language.locale();
    ResourceBundle b = rule.getMessages(locale);
    boolean en = language.isEnglish();
    out.println(rule.getId() + ": " + b.getString(rule.getId() + ".description"));
    out.println((en ? "profile: " : "标准：") + p.getId() + " (" + (en ? p.getTitleEn() : p.getTitleZh()) + ")");
    out.println((en ? "runs: " : "是否执行：") + (rule.appliesTo(p) ? (en ? "yes" : "是") : (en ? "no" : "否"))
        + (en ? ", severity: " : "，严重程度：")
        + org.jiceng.governance.rules.compliance.DisplayNames.of(p.severity(rule.getId(), rule.getDefaultSeverity()), locale));
    p.getRuleSettings().entrySet().stream().filter(e -> e.getKey().equals(rule.getId())).findFirst()
        .ifPresent(e -> out.println((en ? "setting source: " : "设置依据：") + e.getValue().getSource().toString(locale)));
    out.println(en ? "parameters:" : "参数：");
    for (ParameterKey<?> key : rule.getParameters()) {
      String value = p.get(key).map(v -> String.valueOf(key.toPlain(v))).orElse(en ? "(not set: the rule is off)" : "（未设置：规则不执行）");
      out.println("  " + key.getId() + " = " + value);
      out.println("      " + (en ? "accepts: " : "取值：") + key.getKind(locale));
      p.getSource(key).ifPresent(s -> out.println("      " + (en ? "source: " : "依据：") + s.toString(locale)));
    }
    out.flush();
    return Jiceng.OK;
  }
}
