package org.jiceng.governance.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.json.Dataset;
import org.jiceng.governance.json.DatasetFormatException;
import org.jiceng.governance.json.DatasetReader;
import org.jiceng.governance.json.FormatException;
import picocli.CommandLine.Option;

/**
 * {@code --format text|json|html}, {@code --lang zh|en} and {@code --output FILE}, shared by the
 * commands that write a report ({@code visits}, {@code scorecard}), and the loading of their inputs.
 */
final class ReportOptions {
  /** Output formats. */
  enum Format { text, json, html }

  /** Languages. */
  enum Lang {
    zh(Locale.SIMPLIFIED_CHINESE),
    en(Locale.ENGLISH);

    final Locale locale;

    Lang(Locale locale) {
      this.locale = locale;
    }
  }

  @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text", description = "output format (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "language of text and HTML (default: ${DEFAULT-VALUE})")
  Lang lang;

  @Option(names = "--output", paramLabel = "FILE", description = "write to FILE instead of stdout")
  Path output;

  /** A problem with the input that was already reported on stderr: exit 2. */
  static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads a dataset whole, reporting problems on stderr.
   *
   * @throws BadInput after reporting
   */
  static Dataset dataset(Path file, PrintWriter err) {
    if (!Files.isRegularFile(file)) {
      err.println("jiceng: no such file: " + file);
      throw new BadInput();
    }
    try {
      Dataset d = DatasetReader.strict().read(file);
      if (d.getJurisdiction().isEmpty()) {
        d.getProblems().forEach(err::println);
        throw new BadInput();
      }
      return d;
    } catch (DatasetFormatException e) {
      e.getProblems().forEach(err::println);
      throw new BadInput();
    } catch (UncheckedIOException e) {
      err.println("jiceng: cannot read " + file + ": " + e.getCause().getMessage());
      throw new BadInput();
    }
  }

  /**
   * Reads an input file with a reader that reports problems as a {@link FormatException}.
   *
   * @throws BadInput after reporting
   */
  static <T> Optional<T> input(Path file, PrintWriter err, java.util.function.Function<Path, T> read) {
    if (file == null) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      err.println("jiceng: no such file: " + file);
      throw new BadInput();
    }
    try {
      return Optional.of(read.apply(file));
    } catch (FormatException e) {
      e.getProblems().forEach(err::println);
      throw new BadInput();
    } catch (UncheckedIOException e) {
      err.println("jiceng: cannot read " + file + ": " + e.getCause().getMessage());
      throw new BadInput();
    } catch (IllegalArgumentException | org.jiceng.governance.core.GovernanceException e) {
      err.println("jiceng: " + file + ": " + e.getMessage());
      throw new BadInput();
    }
  }

  static Jurisdiction jurisdiction(Dataset d) {
    return d.getJurisdiction().orElseThrow();
  }

  /** Writes the report to {@code --output} or stdout. */
  interface Body {
    void write(Writer w) throws IOException;
  }

  void emit(PrintWriter out, PrintWriter err, Body body) {
    try {
      if (output == null) {
        write(out, body);
        out.flush();
      } else {
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
          write(w, body);
        }
      }
    } catch (IOException e) {
      err.println("jiceng: cannot write " + output + ": " + e.getMessage());
      throw new BadInput();
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
