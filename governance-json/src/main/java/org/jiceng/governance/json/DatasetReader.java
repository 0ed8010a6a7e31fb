package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.json.internal.Cursor;
import org.jiceng.governance.json.internal.DatasetParser;
import org.jiceng.governance.json.internal.ProblemLog;
import org.jiceng.governance.json.internal.SubtreeAssembler;

/**
 * Reads {@code jiceng.dataset/1} files (see {@code docs/dataset-format.md}), whole or one
 * community at a time.
 *
 * <p>Strict by default: an unknown field, a duplicate key, a wrong type, a negative count, a
 * missing required field, an invalid code, an absurd size or an inconsistent reference throws a
 * {@link DatasetFormatException} naming the file, line, column and JSON Pointer, e.g. {@code
 * kazuo.json:214:17 /streets/0/communities/3/grids/12/households: expected a whole number >= 0,
 * found "三百"}. {@link #lenient()} collects the problems of a community as findings and goes
 * on with the next community; only malformed JSON or a size limit stops it.
 *
 * <p>Problems are worded in Chinese or English: by default in jiceng's one language setting as it
 * is when the reader is made ({@link Languages#fromEnvironment()}: {@code JICENG_LANG}, else the
 * locale when Chinese or English, else Chinese), or as {@link #withLocale(Locale)} says. The
 * example above in Chinese reads {@code … /streets/0/communities/3/grids/12/households:
 * 应为不小于0的整数，实际为"三百"}.
 *
 * <pre>{@code
 * Dataset d = DatasetReader.strict().read(Path.of("kazuo.json"));
 * ReadSummary s = DatasetReader.strict().forEachCommunity(Path.of("province.json"), subtree -> …);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each read uses its own parser.
 */
public final class DatasetReader {
  /** Default limits: far above any real dataset, far below what could exhaust memory. */
  public static final StreamReadConstraints DEFAULT_CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(64)
          .maxStringLength(65_536)
          .maxNumberLength(32)
          .maxNameLength(256)
          .build();

  /** Problems a lenient read keeps by default; beyond them it only counts. */
  public static final int DEFAULT_MAX_PROBLEMS = 1_000;

  private final boolean lenient;
  private final StreamReadConstraints constraints;
  private final java.nio.charset.Charset charset;
  private final int maxProblems;
  private final JsonFactory factory;
  private final Locale locale;

  private DatasetReader(boolean lenient, StreamReadConstraints constraints, java.nio.charset.Charset charset, int maxProblems,
      Locale locale) {
    this.lenient = lenient;
    this.locale = locale;
    this.constraints = constraints;
    this.charset = charset;
    this.maxProblems = maxProblems;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
  }

  /**
   * Returns a reader that throws on the first problem.
   *
   * @return the strict reader
   */
  public static DatasetReader strict() {
    return new DatasetReader(false, DEFAULT_CONSTRAINTS, java.nio.charset.StandardCharsets.UTF_8, DEFAULT_MAX_PROBLEMS,
        Languages.fromEnvironment());
  }

  /**
   * Returns a reader that collects the problems of each bad community and goes on.
   *
   * @return the lenient reader
   */
  public static DatasetReader lenient() {
    return new DatasetReader(true, DEFAULT_CONSTRAINTS, java.nio.charset.StandardCharsets.UTF_8, DEFAULT_MAX_PROBLEMS,
        Languages.fromEnvironment());
  }

  /**
   * Returns a copy with other size limits.
   *
   * @param constraints the limits, not null
   * @return the reader
   */
  public DatasetReader withConstraints(StreamReadConstraints constraints) {
    return new DatasetReader(lenient, requireNonNull(constraints, "constraints"), charset, maxProblems, locale);
  }

  /**
   * Returns a copy that reads another encoding. The format is UTF-8 (RFC 8259), and UTF-8 input
   * is decoded strictly: a malformed byte is a problem at its line and column. Files exported
   * from Chinese spreadsheet software are often GB18030 (a superset of GBK); such a file can be
   * read directly with {@code withCharset(Charset.forName("GB18030"))}, also decoded strictly.
   *
   * @param charset the encoding, not null
   * @return the reader
   */
  public DatasetReader withCharset(java.nio.charset.Charset charset) {
    return new DatasetReader(lenient, constraints, requireNonNull(charset, "charset"), maxProblems, locale);
  }

  /**
   * Returns a copy that keeps at most {@code max} problems in lenient mode (the count of all of
   * them stays exact: {@link ReadSummary#getProblemCount()}), so that memory stays bounded
   * whatever the file holds.
   *
   * @param max the number of problems kept, at least 1
   * @return the reader
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public DatasetReader withMaxProblems(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max problems must be at least 1, found " + max);
    }
    return new DatasetReader(lenient, constraints, charset, max, locale);
  }

  /**
   * Returns a copy whose problems are worded in a language.
   *
   * @param locale the language, not null: {@link Locale#SIMPLIFIED_CHINESE} or {@link
   *     Locale#ENGLISH}; another falls back as {@link java.util.ResourceBundle} does
   * @return the reader
   * @since 0.2
   */
  public DatasetReader withLocale(Locale locale) {
    return new DatasetReader(lenient, constraints, charset, maxProblems, requireNonNull(locale, "locale"));
  }

  /**
   * Returns the language problems are worded in.
   *
   * @return the locale
   * @since 0.2
   */
  public Locale getLocale() {
    return locale;
  }

  /**
   * Returns the encoding this reader reads.
   *
   * @return the charset
   */
  public java.nio.charset.Charset getCharset() {
    return charset;
  }

  /**
   * Returns the size limits.
   *
   * @return the constraints
   */
  public StreamReadConstraints getConstraints() {
    return constraints;
  }

  /**
   * Returns how many problems a lenient read keeps.
   *
   * @return the maximum
   */
  public int getMaxProblems() {
    return maxProblems;
  }

  /**
   * Tells whether this reader goes on after a bad community.
   *
   * @return true for a lenient reader
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Reads a whole file.
   *
   * @param file the file, not null; its file name labels the problems
   * @return the dataset
   * @throws DatasetFormatException if the file is not a valid dataset (strict mode)
   * @throws UncheckedIOException if the file cannot be read
   */
  public Dataset read(Path file) {
    requireNonNull(file, "file");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return read(in, label(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a whole stream (UTF-8, or the encoding Jackson detects). The stream is not closed.
   *
   * @param in the stream, not null
   * @param source the label of the input in problems, e.g. a file name, not null
   * @return the dataset
   * @throws DatasetFormatException if the input is not a valid dataset (strict mode)
   */
  public Dataset read(InputStream in, String source) {
    requireNonNull(source, "source");
    ProblemLog problems = new ProblemLog(maxProblems, p -> {});
    SubtreeAssembler assembler = new SubtreeAssembler(lenient, problems);
    try (Cursor cursor = Cursor.open(factory, in, source, charset, DatasetFormatException::new, locale)) {
      new DatasetParser(cursor, lenient, problems).parse(assembler.wholeSink(cursor));
      Dataset.Builder b = Dataset.builder().profile(assembler.profile());
      try {
        Jurisdiction j = assembler.buildWhole(cursor);
        b.jurisdiction(j);
      } catch (DatasetFormatException e) {
        if (!lenient) {
          throw e;
        }
        problems.addAll(e.getProblems());
      }
      return b.addAllProblems(problems.kept()).problemCount(problems.count()).locator(assembler.wholeLocator()).build();
    } catch (DatasetFormatException e) {
      if (!lenient) {
        throw e;
      }
      problems.addAll(e.getProblems());
      return Dataset.builder().profile(assembler.profile()).addAllProblems(problems.kept()).problemCount(problems.count()).build();
    }
  }

  /**
   * Streams a file one community at a time: memory depends on the largest community, not on
   * the file.
   *
   * @param file the file, not null
   * @param action receives each community, not null
   * @return what was read
   * @throws DatasetFormatException if the file is not a valid dataset (strict mode)
   */
  public ReadSummary forEachCommunity(Path file, Consumer<CommunitySubtree> action) {
    requireNonNull(file, "file");
    requireNonNull(action, "action");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return forEachCommunity(in, label(file), action);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Streams an input one community at a time. The stream is not closed.
   *
   * @param in the stream, not null
   * @param source the label of the input in problems, not null
   * @param action receives each community, not null
   * @return what was read
   * @throws DatasetFormatException if the input is not a valid dataset (strict mode)
   */
  public ReadSummary forEachCommunity(InputStream in, String source, Consumer<CommunitySubtree> action) {
    return forEachCommunity(in, source, action, p -> {});
  }

  /**
   * Streams an input one community at a time, handing each problem of a lenient read to {@code
   * problems} as soon as it is found. The stream is not closed.
   */
  ReadSummary forEachCommunity(InputStream in, String source, Consumer<CommunitySubtree> action, Consumer<FormatProblem> found) {
    requireNonNull(action, "action");
    return stream(in, source, found, (assembler, cursor) -> assembler.streamingSink(cursor, action));
  }

  /**
   * Streams an input, handing each community over unbuilt (see {@link
   * SubtreeAssembler#deferredSink}); structural problems of a community surface when its
   * supplier is called. Problems of the parse itself go to {@code found} as they are found.
   */
  ReadSummary forEachPendingCommunity(InputStream in, String source,
      java.util.function.BiConsumer<java.util.Optional<String>, org.jiceng.governance.core.area.Area> onHeader,
      Consumer<java.util.function.Supplier<CommunitySubtree>> action, Consumer<FormatProblem> found) {
    requireNonNull(onHeader, "onHeader");
    requireNonNull(action, "action");
    return stream(in, source, found, (assembler, cursor) -> assembler.deferredSink(cursor, onHeader, action));
  }

  /** One streaming read into the sink {@code sink} makes. */
  private ReadSummary stream(InputStream in, String source, Consumer<FormatProblem> found,
      java.util.function.BiFunction<SubtreeAssembler, Cursor, DatasetParser.Sink> sink) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    ProblemLog problems = new ProblemLog(maxProblems, found);
    SubtreeAssembler assembler = new SubtreeAssembler(lenient, problems);
    try (Cursor cursor = Cursor.open(factory, in, source, charset, DatasetFormatException::new, locale)) {
      new DatasetParser(cursor, lenient, problems).parse(sink.apply(assembler, cursor));
    } catch (DatasetFormatException e) {
      if (!lenient) {
        throw e;
      }
      problems.addAll(e.getProblems());
    }
    return assembler.summary().addAllProblems(problems.kept()).problemCount(problems.count()).build();
  }

  private static String label(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }
}
