package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jiceng.governance.json.internal.Cursor;
import org.jiceng.governance.json.internal.Msg;
import org.jiceng.governance.json.internal.DatasetParser;
import org.jiceng.governance.json.internal.LineSplitter;
import org.jiceng.governance.json.internal.ProblemLog;
import org.jiceng.governance.json.internal.SubtreeAssembler;
import org.jiceng.governance.rules.compliance.Location;
import org.jiceng.governance.rules.compliance.Locator;

/**
 * The per-community line format {@code jiceng.community/1} (JSON Lines; schema: {@code
 * org/jiceng/governance/json/schema/jiceng.community-1.schema.json}): each line is one JSON object
 * laid out as a {@code jiceng.dataset/1} document of exactly one street holding exactly one
 * community, with {@code "format": "jiceng.community/1"}. The line carries what the community's
 * rules need and nothing more: the county with its own parts, the county-wide co-building units
 * and property companies that concern the community (cut down to the areas on the line), the
 * street with its own parts, and the community with everything inside it; in short, a {@link
 * CommunitySubtree} written out. Lines are independent, so a file can be cut anywhere between
 * lines and checked on many machines (the {@code governance-spark} job does).
 *
 * <pre>{@code
 * CommunityLinesFormat lines = CommunityLinesFormat.strict();
 * DatasetReader.strict().forEachCommunity(Path.of("county.json"), s -> lines.writeLine(s, out));
 * lines.forEachCommunity(Path.of("county.jsonl"), subtree -> check(subtree));
 * CommunitySubtree one = lines.readLine(text, "part-00003.jsonl", 17);
 * }</pre>
 *
 * <p>Reading is as strict as {@link DatasetReader}: an unknown field, a duplicate key, a wrong
 * type, a missing field, an invalid code, an inconsistent reference, malformed UTF-8, a blank
 * line, a second street or community on a line, each is a {@link CommunityLinesFormatException} whose
 * problem names the source, the line number in the file, the column in the line and the JSON
 * Pointer inside the line's object. Findings of a community read from a line are located the
 * same way (line of the file, column, pointer). A {@link #lenient()} reader reports a bad line
 * and goes on with the next one. Problems are worded in jiceng's language setting as it is when
 * the format is made ({@link Languages#fromEnvironment()}), or as {@link #withLocale(Locale)} says.
 *
 * <p>Personal data is written masked unless {@link #withPersonalDataInFull} says otherwise, as
 * {@link DatasetWriter} does. Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class CommunityLinesFormat {
  /** The format name. */
  public static final String FORMAT = "jiceng.community/1";

  /** The longest line read, in bytes: far above any real community, far below what could exhaust memory. */
  public static final int MAX_LINE_BYTES = 64 << 20;

  private static final JsonFactory WRITE_FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final boolean lenient;
  private final boolean fullPersonalData;
  private final int maxProblems;
  private final StreamReadConstraints constraints;
  private final JsonFactory factory;
  private final Locale locale;

  private CommunityLinesFormat(boolean lenient, boolean fullPersonalData, int maxProblems, StreamReadConstraints constraints,
      Locale locale) {
    this.lenient = lenient;
    this.locale = locale;
    this.fullPersonalData = fullPersonalData;
    this.maxProblems = maxProblems;
    this.constraints = constraints;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  /**
   * Returns a format whose {@link #forEachCommunity} stops at the first bad line, and which writes
   * personal data masked.
   *
   * @return the format
   */
  public static CommunityLinesFormat strict() {
    return new CommunityLinesFormat(false, false, DatasetReader.DEFAULT_MAX_PROBLEMS, DatasetReader.DEFAULT_CONSTRAINTS,
        Languages.fromEnvironment());
  }

  /**
   * Returns a format whose {@link #forEachCommunity} reports a bad line and goes on.
   *
   * @return the format
   */
  public static CommunityLinesFormat lenient() {
    return new CommunityLinesFormat(true, false, DatasetReader.DEFAULT_MAX_PROBLEMS, DatasetReader.DEFAULT_CONSTRAINTS,
        Languages.fromEnvironment());
  }

  /**
   * Returns a copy that writes identity and phone numbers in full (true) or masked (false).
   *
   * @param full whether to write personal data in full
   * @return the format
   */
  public CommunityLinesFormat withPersonalDataInFull(boolean full) {
    return new CommunityLinesFormat(lenient, full, maxProblems, constraints, locale);
  }

  /**
   * Returns a copy that keeps at most {@code max} problems of a lenient read (all are counted).
   *
   * @param max at least 1
   * @return the format
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public CommunityLinesFormat withMaxProblems(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max problems must be at least 1, found " + max);
    }
    return new CommunityLinesFormat(lenient, fullPersonalData, max, constraints, locale);
  }

  /**
   * Returns a copy with other size limits (see {@link DatasetReader#withConstraints}).
   *
   * @param constraints the limits, not null
   * @return the format
   */
  public CommunityLinesFormat withConstraints(StreamReadConstraints constraints) {
    return new CommunityLinesFormat(lenient, fullPersonalData, maxProblems, requireNonNull(constraints, "constraints"), locale);
  }

  /**
   * Returns a copy whose problems are worded in a language.
   *
   * @param locale the language, not null: {@link Locale#SIMPLIFIED_CHINESE} or {@link
   *     Locale#ENGLISH}; another falls back as {@link java.util.ResourceBundle} does
   * @return the format
   */
  public CommunityLinesFormat withLocale(Locale locale) {
    return new CommunityLinesFormat(lenient, fullPersonalData, maxProblems, constraints, requireNonNull(locale, "locale"));
  }

  /**
   * Returns the language problems are worded in.
   *
   * @return the locale
   */
  public Locale getLocale() {
    return locale;
  }

  /**
   * Tells whether {@link #forEachCommunity} goes on after a bad line.
   *
   * @return true for a lenient format
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Reads one line given as text.
   *
   * @param line the line, without its line break, not null
   * @param source the label of the input in problems, e.g. a file name, not null
   * @param lineNumber the 1-based number of the line in its input, for problems and locations
   * @return the community with its context
   * @throws CommunityLinesFormatException naming every problem of the line
   */
  public CommunitySubtree readLine(String line, String source, long lineNumber) {
    byte[] bytes = requireNonNull(line, "line").getBytes(StandardCharsets.UTF_8);
    return readLine(bytes, 0, bytes.length, source, lineNumber);
  }

  /**
   * Reads one line given as UTF-8 bytes (decoded strictly).
   *
   * @param utf8 the bytes, not null
   * @param offset where the line starts in {@code utf8}
   * @param length the line's length, without its line break
   * @param source the label of the input in problems, not null
   * @param lineNumber the 1-based number of the line in its input
   * @return the community with its context
   * @throws CommunityLinesFormatException naming every problem of the line
   * @throws IndexOutOfBoundsException if {@code offset} and {@code length} do not fit {@code utf8}
   */
  public CommunitySubtree readLine(byte[] utf8, int offset, int length, String source, long lineNumber) {
    requireNonNull(utf8, "utf8");
    requireNonNull(source, "source");
    java.util.Objects.checkFromIndexSize(offset, length, utf8.length);
    int line = (int) Math.min(Integer.MAX_VALUE, Math.max(1, lineNumber));
    if (isBlank(utf8, offset, length)) {
      throw new CommunityLinesFormatException(List.of(FormatProblem.of(source, line, 1, "",
          Msg.of("lines.empty", FORMAT).render(locale))), null);
    }
    List<CommunitySubtree> found = new ArrayList<>(1);
    SubtreeAssembler assembler = new SubtreeAssembler(false, new ProblemLog(1, p -> {}));
    try (Cursor cursor = Cursor.open(factory, new ByteArrayInputStream(utf8, offset, length), source, null, CommunityLinesFormatException::new, locale)) {
      new DatasetParser(cursor, false, p -> {}, FORMAT).parse(assembler.streamingSink(cursor, s -> {
        if (!found.isEmpty()) {
          throw cursor.fail("lines.second-community");
        }
        found.add(s);
      }));
    } catch (FormatException e) {
      throw onLine(e, line);
    }
    ReadSummary read = assembler.summary().build();
    if (read.getStreets() != 1 || found.isEmpty()) {
      throw new CommunityLinesFormatException(List.of(FormatProblem.of(source, line, 1, "/streets",
          Msg.of("lines.one-community", read.getStreets(), found.size()).render(locale))), null);
    }
    CommunitySubtree s = found.get(0);
    Locator within = s.getLocator();
    Locator located = id -> within.locate(id).map(l -> Location.of(l.getPath(), line, l.getColumn()));
    return CommunitySubtree.builder().profile(s.getProfile()).county(s.getCounty()).street(s.getStreet())
        .community(s.getCommunity()).jurisdiction(s.getJurisdiction()).locator(located).build();
  }

  private static boolean isBlank(byte[] b, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The problems of a one-line document, put on the line's number in the file. */
  private static CommunityLinesFormatException onLine(FormatException e, int line) {
    List<FormatProblem> out = new ArrayList<>();
    for (FormatProblem p : e.getProblems()) {
      out.add(FormatProblem.of(p.getSource(), line, p.getColumn(), p.getPointer(), p.getMessage()));
    }
    return new CommunityLinesFormatException(out, e.getCause() == null ? e : e.getCause());
  }

  /**
   * Reads a file one line at a time: memory holds one line, whatever the file's size.
   *
   * @param file the file, not null; its file name labels problems
   * @param action receives each community, in file order, not null
   * @return what was read (streets counted by id, the county and profile of the first line)
   * @throws CommunityLinesFormatException at the first bad line (strict)
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadSummary forEachCommunity(Path file, Consumer<CommunitySubtree> action) {
    requireNonNull(file, "file");
    requireNonNull(action, "action");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      Path name = file.getFileName();
      return forEachCommunity(in, name == null ? file.toString() : name.toString(), action);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a stream one line at a time. The stream is not closed.
   *
   * @param in the stream, not null
   * @param source the label of the input in problems, not null
   * @param action receives each community, in input order, not null
   * @return what was read; a lenient read lists the problems of the lines it skipped
   * @throws CommunityLinesFormatException at the first bad line (strict)
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ReadSummary forEachCommunity(InputStream in, String source, Consumer<CommunitySubtree> action) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    requireNonNull(action, "action");
    ProblemLog problems = new ProblemLog(maxProblems, p -> {});
    LineSplitter lines = new LineSplitter(in, source, MAX_LINE_BYTES, locale);
    Set<String> streets = new HashSet<>();
    int communities = 0;
    long grids = 0;
    Optional<String> profile = Optional.empty();
    org.jiceng.governance.core.area.Area county = null;
    while (true) {
      CommunitySubtree s;
      try {
        if (!lines.next()) {
          break;
        }
        s = readLine(lines.bytes(), 0, lines.length(), source, lines.number());
      } catch (FormatException e) {
        if (!lenient) {
          throw e;
        }
        problems.addAll(e.getProblems());
        continue;
      }
      if (county == null) {
        county = s.getCounty();
        profile = s.getProfile();
      }
      streets.add(s.getStreet().getId());
      communities++;
      grids += s.getJurisdiction().getDescendants(s.getCommunity().getId(), org.jiceng.governance.core.area.AreaLevel.GRID).size();
      action.accept(s);
    }
    return ReadSummary.builder().streets(streets.size()).communities(communities).grids(grids).profile(profile)
        .county(Optional.ofNullable(county)).addAllProblems(problems.kept()).problemCount(problems.count()).build();
  }

  /**
   * Writes one community as a line (no line break).
   *
   * @param subtree the community with its context, not null
   * @return the line
   */
  public String writeLine(CommunitySubtree subtree) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(subtree, out, false);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes one community as a line followed by {@code \n}, as UTF-8; the stream is not closed.
   *
   * @param subtree the community with its context, not null
   * @param out the stream, not null
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeLine(CommunitySubtree subtree, OutputStream out) {
    write(subtree, requireNonNull(out, "out"), true);
  }

  private void write(CommunitySubtree subtree, OutputStream out, boolean lineBreak) {
    requireNonNull(subtree, "subtree");
    try (JsonGenerator g = WRITE_FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      DatasetWriter w = DatasetWriter.standard().withPersonalDataInFull(fullPersonalData).withPrettyPrint(false);
      w = subtree.getProfile().map(w::withProfile).orElse(w);
      w.writeAs(FORMAT, subtree.getJurisdiction(), g);
      if (lineBreak) {
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a " + FORMAT + " line: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "CommunityLinesFormat[lenient=" + lenient + ", personalDataInFull=" + fullPersonalData + "]";
  }
}
