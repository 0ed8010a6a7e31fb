package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jiceng.governance.json.internal.CheckPipeline;
import org.jiceng.governance.json.internal.FindingSpool;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.compliance.ComplianceReport;
import org.jiceng.governance.rules.compliance.Finding;
import org.jiceng.governance.rules.compliance.ReportText;
import org.jiceng.governance.rules.compliance.Rule;
import org.jiceng.governance.rules.compliance.RuleCatalog;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * Checks a {@code jiceng.dataset/1} input against a standards profile in one call: the file is
 * read one community at a time (memory depends on the largest community, not on the file), each
 * community is checked as soon as it is read, and format problems and findings come back
 * together, each located by file, line, column and JSON Pointer.
 *
 * <pre>{@code
 * DatasetValidator validator = DatasetValidator.of(BuiltInProfiles.get("cn-national"));
 * ValidationResult result = validator.validate(Path.of("county.json"));
 * result.isSuccessful();          // no format problem, no error finding
 * result.getFindings();           // every finding, in report order
 *
 * // Bounded memory whatever the file holds: findings streamed as they are found.
 * validator.withThreads(4).validate(Path.of("province.json"), new ValidationListener() {
 *   public void finding(Finding f) { store(f); }
 * });
 * }</pre>
 *
 * <p>Bad input never throws: a file that is not a valid dataset gives a result with problems
 * ({@link ValidationResult#isReadable()} false). Only an input that cannot be read at all throws
 * {@link UncheckedIOException}. Strict by default (the first format problem ends the read); {@link
 * #withLenient} skips a bad community and goes on, keeping the first {@link #withMaxProblems}
 * problems and counting all of them.
 *
 * <p>With {@link #withThreads} above 1 the calling thread parses and other threads check the
 * communities; the findings, their order and the listener's calls are the same as with one
 * thread. Instances are immutable and thread-safe.
 */
public final class DatasetValidator {
  private final Function<Optional<String>, Optional<StandardsProfile>> profiles;
  private final String profileHint;
  private final List<Rule> rules;
  private final DatasetReader reader;
  private final int threads;

  private DatasetValidator(Function<Optional<String>, Optional<StandardsProfile>> profiles, String profileHint,
      List<Rule> rules, DatasetReader reader, int threads) {
    this.profiles = profiles;
    this.profileHint = profileHint;
    this.rules = rules;
    this.reader = reader;
    this.threads = threads;
  }

  /**
   * Returns a validator that checks every input against one profile, with the built-in rules
   * and those registered through {@code ServiceLoader}, strict reading and one checking thread
   * per available processor.
   *
   * @param profile the profile, not null
   * @return the validator
   */
  public static DatasetValidator of(StandardsProfile profile) {
    requireNonNull(profile, "profile");
    return new DatasetValidator(named -> Optional.of(profile), profile.getId(), RuleCatalog.load(), DatasetReader.strict(),
        Runtime.getRuntime().availableProcessors());
  }

  /**
   * Returns a validator that checks each input against the profile it names ({@code "profile"}),
   * found among the built-in profiles, or {@code cn-national} when the input names none. A name
   * that is not a built-in profile is a format problem.
   *
   * @return the validator
   */
  public static DatasetValidator usingProfileNamedInFile() {
    return usingProfileNamedInFile(BuiltInProfiles::find, BuiltInProfiles.get("cn-national"));
  }

  /**
   * Returns a validator that checks each input against the profile it names, looked up in
   * {@code profiles}, or {@code whenNoneNamed}. A name {@code profiles} does not know is a
   * format problem.
   *
   * @param profiles finds a profile by id, not null
   * @param whenNoneNamed the profile of inputs that name none, not null
   * @return the validator
   */
  public static DatasetValidator usingProfileNamedInFile(
      Function<String, Optional<StandardsProfile>> profiles, StandardsProfile whenNoneNamed) {
    requireNonNull(profiles, "profiles");
    requireNonNull(whenNoneNamed, "whenNoneNamed");
    return new DatasetValidator(named -> named.isPresent() ? profiles.apply(named.get()) : Optional.of(whenNoneNamed), null,
        RuleCatalog.load(), DatasetReader.strict(), Runtime.getRuntime().availableProcessors());
  }

  /**
   * Returns a copy that checks with these rules instead of the catalog's.
   *
   * @param rules the rules, not null
   * @return the validator
   */
  public DatasetValidator withRules(List<? extends Rule> rules) {
    return new DatasetValidator(profiles, profileHint, List.copyOf(rules), reader, threads);
  }

  /**
   * Returns a copy that checks communities on this many threads.
   *
   * @param threads 1 to check on the calling thread, more to parse on the calling thread and
   *     check on that many others; at most 256
   * @return the validator
   * @throws IllegalArgumentException if {@code threads} is outside 1..256
   */
  public DatasetValidator withThreads(int threads) {
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads must be 1..256, found " + threads);
    }
    return new DatasetValidator(profiles, profileHint, rules, reader, threads);
  }

  /**
   * Returns a copy that reads leniently (a bad community is skipped and the read goes on) or
   * strictly (the first format problem ends it).
   *
   * @param lenient true for lenient reading
   * @return the validator
   */
  public DatasetValidator withLenient(boolean lenient) {
    DatasetReader r = (lenient ? DatasetReader.lenient() : DatasetReader.strict())
        .withCharset(reader.getCharset()).withConstraints(reader.getConstraints()).withMaxProblems(reader.getMaxProblems())
        .withLocale(reader.getLocale());
    return new DatasetValidator(profiles, profileHint, rules, r, threads);
  }

  /**
   * Returns a copy that keeps at most {@code max} format problems (the count stays exact).
   *
   * @param max at least 1
   * @return the validator
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public DatasetValidator withMaxProblems(int max) {
    return new DatasetValidator(profiles, profileHint, rules, reader.withMaxProblems(max), threads);
  }

  /**
   * Returns a copy that reads another encoding (see {@link DatasetReader#withCharset}).
   *
   * @param charset the encoding, not null
   * @return the validator
   */
  public DatasetValidator withCharset(Charset charset) {
    return new DatasetValidator(profiles, profileHint, rules, reader.withCharset(charset), threads);
  }

  /**
   * Returns a copy with other size limits (see {@link DatasetReader#withConstraints}).
   *
   * @param constraints the limits, not null
   * @return the validator
   */
  public DatasetValidator withConstraints(StreamReadConstraints constraints) {
    return new DatasetValidator(profiles, profileHint, rules, reader.withConstraints(constraints), threads);
  }

  /**
   * Returns a copy whose format problems are worded in a language (see {@link
   * DatasetReader#withLocale}); by default jiceng's language setting as it is when the validator
   * is made ({@link Languages#fromEnvironment()}). The messages of findings are rendered when
   * written, in the locale given to the writer.
   *
   * @param locale the language, not null
   * @return the validator
   * @since 0.2
   */
  public DatasetValidator withLocale(java.util.Locale locale) {
    return new DatasetValidator(profiles, profileHint, rules, reader.withLocale(locale), threads);
  }

  /**
   * Returns the number of checking threads.
   *
   * @return the threads
   */
  public int getThreads() {
    return threads;
  }

  /**
   * Validates a file, keeping every finding.
   *
   * @param file the file, not null; its name labels problems and findings
   * @return the result
   * @throws UncheckedIOException if the file cannot be read
   */
  public ValidationResult validate(Path file) {
    return validate(file, null);
  }

  /**
   * Validates a file, streaming problems and findings to a listener; the result holds the
   * counts, the figures and the first problems, not the findings.
   *
   * @param file the file, not null
   * @param listener receives problems and findings as they are found; null to keep the findings
   *     in the result instead
   * @return the result
   * @throws UncheckedIOException if the file cannot be read
   */
  public ValidationResult validate(Path file, ValidationListener listener) {
    requireNonNull(file, "file");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return validate(in, label(file), listener);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Validates a stream, keeping every finding. The stream is not closed.
   *
   * @param in the stream, not null
   * @param source the label of the input, not null
   * @return the result
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ValidationResult validate(InputStream in, String source) {
    return validate(in, source, null);
  }

  /**
   * Validates a stream, streaming problems and findings to a listener. The stream is not closed.
   *
   * @param in the stream, not null
   * @param source the label of the input, not null
   * @param listener receives problems and findings as they are found; null to keep the findings
   *     in the result instead
   * @return the result
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ValidationResult validate(InputStream in, String source, ValidationListener listener) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    List<Finding> kept = new ArrayList<>();
    ValidationListener target = listener != null ? listener : new ValidationListener() {
      @Override
      public void finding(Finding f) {
        kept.add(f);
      }
    };
    Counting counting = new Counting(target, reader.getMaxProblems());
    CheckPipeline pipeline = new CheckPipeline(threads, reader.isLenient(), counting::finding, counting::problem, counting::communityChecked);
    ReadSummary summary;
    List<FormatProblem> failure = List.of();
    try {
      if (threads == 1) {
        summary = reader.forEachCommunity(in, source, subtree -> {
          if (!pipeline.started()) {
            pipeline.start(engine(subtree.getProfile(), source), subtree.getCounty());
          }
          pipeline.check(subtree);
        }, pipeline::problem);
      } else {
        // Communities are built and checked on the pool; the calling thread only parses.
        summary = reader.forEachPendingCommunity(in, source,
            (profile, county) -> pipeline.start(engine(profile, source), county),
            pending -> {
              if (pipeline.started()) {
                pipeline.check(pending);
              }
            }, pipeline::problem);
      }
    } catch (DatasetFormatException e) {
      summary = null;
      failure = e.getProblems();
    } catch (RuntimeException | Error e) {
      pipeline.abandon();
      throw e;
    }
    ComplianceReport aggregate = null;
    if (summary != null && !pipeline.started() && summary.getCounty().isPresent() && counting.problemCount == 0) {
      // No community: the county alone, checked with the rules' empty accumulators.
      try {
        pipeline.start(engine(summary.getProfile(), source), summary.getCounty().get());
      } catch (DatasetFormatException e) {
        failure = e.getProblems();
      }
    }
    try {
      if (pipeline.started() && failure.isEmpty()) {
        aggregate = pipeline.finish();
      } else {
        // A strict read that failed: the communities before the problem keep their findings, but
        // county-wide figures over part of the county would mislead.
        pipeline.drainAndStop();
      }
    } catch (DatasetFormatException e) {
      // A community that did not build, found while the last ones were delivered (strict).
      pipeline.abandon();
      aggregate = null;
      failure = e.getProblems();
    }
    failure.forEach(counting::problem);
    ValidationResult.Builder b = ValidationResult.builder().source(source);
    if (aggregate != null) {
      b.profile(aggregate.getProfile()).subject(aggregate.getSubject()).subjectName(aggregate.getSubjectName())
          .communities(aggregate.getCommunities()).grids(aggregate.getGrids()).addAllMeasured(aggregate.getMeasured());
    } else {
      b.communities(0).grids(0);
    }
    List<FormatProblem> problems = counting.problems;
    long problemCount = counting.problemCount;
    if (listener == null) {
      kept.sort(ComplianceEngine.findingOrder());
    }
    return b.addAllProblems(problems).problemCount(problemCount)
        .addAllFindings(kept).findingsRetained(listener == null)
        .errors(counting.errors).warnings(counting.warnings).infos(counting.infos)
        .build();
  }

  /** The layouts {@link #validateTo} writes a report in. */
  public enum ReportStyle {
    /** {@code jiceng.report/1} JSON ({@link ReportFormat}). */
    JSON,
    /** Text for people ({@code ReportText}), grouped by community. */
    TEXT
  }

  /** Findings a report holds in memory before it sorts them through temporary files. */
  static final int REPORT_FINDINGS_IN_MEMORY = 5_000;

  /**
   * Validates a stream and writes its report, in bounded memory whatever the input holds:
   * findings beyond a few thousand are sorted through temporary files. No report is written when
   * the input has a format problem ({@link ValidationResult#isReadable()} false): the problems go
   * to the listener (and the result) instead. The streams are not closed; {@code out} is
   * flushed.
   *
   * @param in the input, not null
   * @param source the label of the input, not null
   * @param style the report's layout, not null
   * @param locale the language of messages, not null
   * @param out receives the report, not null (for a file: UTF-8)
   * @param listener receives problems, findings and progress as they come, not null
   * @return the result, without the findings (they are in the report)
   * @throws UncheckedIOException if the input cannot be read or the report cannot be written
   */
  public ValidationResult validateTo(InputStream in, String source, ReportStyle style, Locale locale, Writer out,
      ValidationListener listener) {
    requireNonNull(style, "style");
    requireNonNull(locale, "locale");
    requireNonNull(out, "out");
    requireNonNull(listener, "listener");
    Comparator<Finding> order = style == ReportStyle.JSON ? ComplianceEngine.findingOrder() : ReportText.order();
    try (FindingSpool spool = new FindingSpool(order, REPORT_FINDINGS_IN_MEMORY)) {
      ValidationResult r = validate(in, source, listener.alsoFindings(spool));
      if (!r.isReadable() || r.getProfile().isEmpty() || r.getSubject().isEmpty()) {
        return r;
      }
      if (style == ReportStyle.JSON) {
        ReportFormat.write(r, spool.sorted(), locale, out);
      } else {
        Writer w = out;
        ReportText.render(ReportText.Header.of(r.getProfile().get(), r.getSubject().get(), r.getSubjectName().orElse(r.getSubject().get()),
            r.getCommunities(), r.getGrids(), r.getErrors(), r.getWarnings(), r.getInfos(), r.getMeasured()), spool.sorted(), locale, w);
        try {
          w.flush();
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot write the report: " + e.getMessage(), e);
        }
      }
      return r;
    }
  }

  /**
   * Validates a dataset read whole, locating findings where the dataset's reader saw their
   * subjects. Its problems (a lenient read) are the result's problems.
   *
   * @param dataset the dataset, not null
   * @param source the label of the input, not null
   * @return the result
   */
  public ValidationResult validate(Dataset dataset, String source) {
    requireNonNull(dataset, "dataset");
    requireNonNull(source, "source");
    ValidationResult.Builder b = ValidationResult.builder().source(source)
        .addAllProblems(dataset.getProblems()).problemCount(dataset.getProblemCount());
    if (dataset.getJurisdiction().isEmpty()) {
      return b.communities(0).grids(0).errors(0).warnings(0).infos(0).build();
    }
    ComplianceEngine engine;
    try {
      engine = engine(dataset.getProfile(), source);
    } catch (DatasetFormatException e) {
      return b.addAllProblems(e.getProblems()).problemCount(dataset.getProblemCount() + e.getProblems().size())
          .communities(0).grids(0).errors(0).warnings(0).infos(0).build();
    }
    ComplianceReport r = engine.check(dataset.getJurisdiction().get(), dataset.getLocator());
    return b.profile(r.getProfile()).subject(r.getSubject()).subjectName(r.getSubjectName())
        .communities(r.getCommunities()).grids(r.getGrids()).addAllMeasured(r.getMeasured()).addAllFindings(r.getFindings())
        .errors(r.count(org.jiceng.governance.rules.compliance.Severity.ERROR))
        .warnings(r.count(org.jiceng.governance.rules.compliance.Severity.WARNING))
        .infos(r.count(org.jiceng.governance.rules.compliance.Severity.INFO))
        .build();
  }

  private ComplianceEngine engine(Optional<String> named, String source) {
    Optional<StandardsProfile> p = profiles.apply(named);
    if (p.isEmpty()) {
      throw new DatasetFormatException(List.of(FormatProblem.of(source, 1, 1, "/profile",
          org.jiceng.governance.json.internal.Msg.of("profile.unknown", named.orElse(""), String.join(", ",
              BuiltInProfiles.all().stream().map(StandardsProfile::getId).toArray(String[]::new))).render(reader.getLocale()))), null);
    }
    return ComplianceEngine.of(p.get(), rules);
  }

  private static String label(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  @Override
  public String toString() {
    return "DatasetValidator[profile=" + (profileHint == null ? "named in file" : profileHint) + ", threads=" + threads
        + ", lenient=" + reader.isLenient() + ", charset=" + reader.getCharset() + "]";
  }

  /** Counts findings by severity and problems (keeping the first ones) on their way to the listener. */
  private static final class Counting {
    private final ValidationListener target;
    private final int maxProblems;
    final List<FormatProblem> problems = new ArrayList<>();
    long problemCount;
    long errors;
    long warnings;
    long infos;

    Counting(ValidationListener target, int maxProblems) {
      this.target = target;
      this.maxProblems = maxProblems;
    }

    void finding(Finding f) {
      switch (f.getSeverity()) {
        case ERROR:
          errors++;
          break;
        case WARNING:
          warnings++;
          break;
        default:
          infos++;
      }
      target.finding(f);
    }

    void problem(FormatProblem p) {
      problemCount++;
      if (problems.size() < maxProblems) {
        problems.add(p);
      }
      target.problem(p);
    }

    void communityChecked(int n) {
      target.communityChecked(n);
    }
  }
}
