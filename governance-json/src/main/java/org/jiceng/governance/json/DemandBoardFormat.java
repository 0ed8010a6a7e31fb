package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jiceng.governance.json.internal.Cursor;
import org.jiceng.governance.json.internal.Msg;
import org.jiceng.governance.json.internal.DemandCodec;
import org.jiceng.governance.json.internal.FormatIo;
import org.jiceng.governance.json.internal.Mark;
import org.jiceng.governance.rules.demand.Demand;
import org.jiceng.governance.rules.demand.DemandBoard;
import org.jiceng.governance.rules.demand.DemandLevel;
import org.jiceng.governance.rules.demand.DemandState;
import org.jiceng.governance.rules.demand.DemandStatus;
import org.jiceng.governance.rules.demand.Rating;

/**
 * The demand-board format {@code jiceng.demand-board/1} (schema {@code
 * jiceng.demand-board-1.schema.json}): the state of every demand and the ids of the events folded
 * into it, so an embedding system can store a board and go on applying events to it.
 */
public final class DemandBoardFormat {
  /** The format identifier. */
  public static final String FORMAT = "jiceng.demand-board/1";

  private static final Msg DOCUMENT = Msg.of("what.document", FORMAT);
  private static final Msg STATE = Msg.of("what.demand-state");

  private DemandBoardFormat() {}

  /**
   * Writes a board: every demand's state and the ids of the events folded into it.
   *
   * @param board the board, not null
   * @param out the output, not null; left open
   */
  public static void write(DemandBoard board, OutputStream out) {
    requireNonNull(board, "board");
    FormatIo.write(out, g -> body(g, board));
  }

  /**
   * Writes a board to a string, as {@link #write(DemandBoard, OutputStream)} does.
   *
   * @param board the board, not null
   * @return the JSON text
   */
  public static String writeToString(DemandBoard board) {
    requireNonNull(board, "board");
    return FormatIo.writeToString(g -> body(g, board));
  }

  private static void body(JsonGenerator g, DemandBoard board) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeArrayFieldStart("demands");
    List<DemandState> states = new ArrayList<>(board.all());
    states.sort(java.util.Comparator.comparing(s -> s.getDemand().getId()));
    for (DemandState s : states) {
      g.writeStartObject();
      DemandCodec.write(g, s.getDemand());
      g.writeStringField("status", s.getStatus().name());
      g.writeStringField("level", s.getLevel().name());
      FormatIo.optional(g, "unit", s.getUnit());
      FormatIo.optional(g, "department", s.getDepartment());
      FormatIo.optional(g, "deadline", s.getDeadline().map(Instant::toString));
      FormatIo.optional(g, "firstResponseAt", s.getFirstResponseAt().map(Instant::toString));
      FormatIo.optional(g, "resolvedAt", s.getResolvedAt().map(Instant::toString));
      FormatIo.optional(g, "rating", s.getRating().map(Enum::name));
      g.writeNumberField("reopened", s.getReopened());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("appliedEvents");
    for (String id : new java.util.TreeSet<>(board.appliedEventIds())) {
      g.writeString(id);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Reads a board.
   *
   * @param in the input, not null; left open
   * @param source the label of the input, not null
   * @return the board
   * @throws DemandBoardFormatException naming the place of the first problem, in jiceng's language setting ({@link Languages#fromEnvironment()})
   */
  public static DemandBoard read(InputStream in, String source) {
    return read(in, source, Languages.fromEnvironment());
  }

  /**
   * Reads a board.
   *
   * @param in the input, not null; left open
   * @param source the label of the input, not null
   * @param locale the language of problems, not null
   * @return the board
   * @throws DemandBoardFormatException naming the place of the first problem
   * @since 0.2
   */
  public static DemandBoard read(InputStream in, String source, Locale locale) {
    return FormatIo.read(in, source, DemandBoardFormatException::new, locale, DemandBoardFormat::document);
  }

  /**
   * Reads a board from a file.
   *
   * @param file the file, not null
   * @return the board
   * @throws DemandBoardFormatException naming the place of the first problem, in jiceng's language setting ({@link Languages#fromEnvironment()})
   */
  public static DemandBoard read(Path file) {
    return read(file, Languages.fromEnvironment());
  }

  /**
   * Reads a board from a file.
   *
   * @param file the file, not null
   * @param locale the language of problems, not null
   * @return the board
   * @throws DemandBoardFormatException naming the place of the first problem
   * @since 0.2
   */
  public static DemandBoard read(Path file, Locale locale) {
    return FormatIo.read(file, DemandBoardFormatException::new, locale, DemandBoardFormat::document);
  }

  private static DemandBoard document(Cursor c) {
    List<DemandState> states = new ArrayList<>();
    List<String> applied = new ArrayList<>();
    Mark start = c.mark();
    Set<String> seen = new HashSet<>();
    c.object(DOCUMENT, List.of("format", "demands", "appliedEvents"), f -> {
      seen.add(f);
      switch (f) {
        case "format": FormatIo.format(c, FORMAT); return true;
        case "demands": c.array(Msg.of("what.demand-states"), () -> states.add(state(c))); return true;
        case "appliedEvents": applied.addAll(c.ids()); return true;
        default: return false;
      }
    });
    c.require(start, DOCUMENT, seen, "format", "demands", "appliedEvents");
    try {
      return DemandBoard.of(states, applied);
    } catch (IllegalArgumentException e) {
      throw c.failAt(start, Msg.of("invalid", Msg.of(e)));
    }
  }


  private static DemandState state(Cursor c) {
    Mark m = c.mark();
    Map<String, Object> f = new TreeMap<>();
    c.object(STATE, List.of("demand", "status", "level", "unit", "department", "deadline", "firstResponseAt", "resolvedAt",
        "rating", "reopened"), name -> {
      switch (name) {
        case "demand": f.put(name, DemandCodec.read(c)); return true;
        case "status": f.put(name, c.enumValue(DemandStatus.class)); return true;
        case "level": f.put(name, c.enumValue(DemandLevel.class)); return true;
        case "rating": f.put(name, c.enumValue(Rating.class)); return true;
        case "reopened": f.put(name, c.wholeNumber(0)); return true;
        case "deadline": case "firstResponseAt": case "resolvedAt": f.put(name, FormatIo.instant(c)); return true;
        case "unit": case "department": f.put(name, c.text()); return true;
        default: return false;
      }
    });
    c.require(m, STATE, f.keySet(), "demand", "status", "level", "reopened");
    return DemandState.builder().demand((Demand) f.get("demand")).status((DemandStatus) f.get("status"))
        .level((DemandLevel) f.get("level")).unit(Optional.ofNullable((String) f.get("unit")))
        .department(Optional.ofNullable((String) f.get("department")))
        .deadline(Optional.ofNullable((Instant) f.get("deadline")))
        .firstResponseAt(Optional.ofNullable((Instant) f.get("firstResponseAt")))
        .resolvedAt(Optional.ofNullable((Instant) f.get("resolvedAt")))
        .rating(Optional.ofNullable((Rating) f.get("rating"))).reopened((Integer) f.get("reopened")).build();
  }

}
