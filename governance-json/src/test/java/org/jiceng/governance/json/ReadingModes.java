package org.jiceng.governance.json;

import java.util.Locale;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.governance.rules.profile.BuiltInProfiles;

/**
 * What every reading mode makes of one input: the problems it reports, empty when it accepts.
 * Strict modes give the problems of their exception; lenient modes and the validator give those
 * they collected. Each problem is compared whole: source, line, column, pointer and message.
 */
final class ReadingModes {
  /** The problems of each mode, in a fixed order of modes. */
  final List<FormatProblem> strictWhole;
  final List<FormatProblem> strictStreaming;
  final List<FormatProblem> strictValidate;
  final List<FormatProblem> lenientWhole;
  final List<FormatProblem> lenientStreaming;
  final List<FormatProblem> lenientValidate;

  private ReadingModes(byte[] bytes) {
    strictWhole = strict(() -> DatasetReader.strict().withLocale(Locale.ENGLISH).read(new ByteArrayInputStream(bytes), "gen.json"));
    strictStreaming = strict(() -> DatasetReader.strict().withLocale(Locale.ENGLISH).forEachCommunity(new ByteArrayInputStream(bytes), "gen.json", s -> {}));
    DatasetValidator v = DatasetValidator.of(BuiltInProfiles.get("cn-national")).withLocale(Locale.ENGLISH).withThreads(1).withMaxProblems(10_000);
    strictValidate = v.validate(new ByteArrayInputStream(bytes), "gen.json").getProblems();
    DatasetReader lenient = DatasetReader.lenient().withLocale(Locale.ENGLISH).withMaxProblems(10_000);
    lenientWhole = lenient.read(new ByteArrayInputStream(bytes), "gen.json").getProblems();
    lenientStreaming = lenient.forEachCommunity(new ByteArrayInputStream(bytes), "gen.json", s -> {}).getProblems();
    lenientValidate = v.withLenient(true).validate(new ByteArrayInputStream(bytes), "gen.json").getProblems();
  }

  static ReadingModes of(String json) {
    return new ReadingModes(json.getBytes(StandardCharsets.UTF_8));
  }

  static ReadingModes of(byte[] bytes) {
    return new ReadingModes(bytes);
  }

  private static List<FormatProblem> strict(Runnable read) {
    try {
      read.run();
      return List.of();
    } catch (DatasetFormatException e) {
      return new ArrayList<>(e.getProblems());
    }
  }

  @Override
  public String toString() {
    return "strict whole " + strictWhole + "\nstrict streaming " + strictStreaming + "\nstrict validate " + strictValidate
        + "\nlenient whole " + lenientWhole + "\nlenient streaming " + lenientStreaming + "\nlenient validate " + lenientValidate;
  }
}
