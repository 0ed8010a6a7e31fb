package org.jiceng.governance.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.json.Dataset;
import org.jiceng.governance.json.DatasetReader;
import picocli.CommandLine.Option;

/**
 * {@code --format text|json|html} and {@code --output FILE}, shared by the commands that write a
 * report ({@code visits}, {@code scorecard}), and the loading of their dataset.
 */
final class ReportOptions {
  /** Output formats. */
  enum Format { text, json, html }

  @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text", descriptionKey = "format")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", descriptionKey = "output")
  Path output;

  /**
   * Reads a dataset whole ({@code -}: standard input), reporting problems on stderr.
   *
   * @param locale the language of format problems
   * @return the dataset, with its jurisdiction
   * @throws CliFiles.BadInput after reporting
   */
  static Dataset dataset(Path file, java.util.Locale locale, ResourceBundle messages, PrintWriter err) {
    Dataset d = CliFiles.read(file, DatasetReader.strict().withLocale(locale)::read, messages, err);
    if (d.getJurisdiction().isEmpty()) {
      d.getProblems().forEach(err::println);
      throw new CliFiles.BadInput();
    }
    return d;
  }

  static Jurisdiction jurisdiction(Dataset d) {
    return d.getJurisdiction().orElseThrow();
  }

  /** Writes the report to {@code --output} or stdout. */
  interface Body {
    void write(Writer w) throws IOException;
  }

  /**
   * Writes the report; a failure names {@code --output} and the system's reason.
   *
   * @throws CliFiles.BadInput after reporting a report that could not be written
   */
  void emit(PrintWriter out, PrintWriter err, ResourceBundle messages, Body body) {
    boolean toStdout = output == null || CliFiles.isStandard(output);
    try {
      if (toStdout) {
        write(out, body);
        out.flush();
      } else {
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
          write(w, body);
        }
      }
    } catch (IOException e) {
      err.println(CliFiles.outputProblem(toStdout ? Path.of("<stdout>") : output, e, messages));
      throw new CliFiles.BadInput();
    }
  }

  /**
   * Writes text and JSON through {@link SafeWriter}: names and ids quote the data set, so personal
   * data is masked and controls escaped. HTML escapes its own text ({@code HtmlPage}) and inlines a
   * script that must stay byte for byte.
   */
  private void write(Writer out, Body body) throws IOException {
    if (format == Format.html) {
      body.write(out);
      return;
    }
    SafeWriter safe = new SafeWriter(out, format == Format.json);
    body.write(safe);
    safe.drain();
  }
}
