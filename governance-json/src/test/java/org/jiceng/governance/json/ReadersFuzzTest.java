package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.unit.CoBuildingUnit;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * Coverage-guided fuzz targets (Jazzer) for every reader of governance-json. The invariant of
 * each: the input is read, or refused with the format's documented exception whose problems are
 * located (line and column from 1); never another exception, a hang or running out of memory.
 * Lenient readers and the validator never throw.
 *
 * <p>In a normal build each target runs once per file of its seed corpus, {@code
 * src/test/resources/org/jiceng/governance/json/ReadersFuzzTestInputs/METHOD/} (JUnit regression
 * mode). To fuzz one target for a set time, see {@code docs/quality.md}, "Fuzzing":
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 nice -n 15 ./mvnw -B -o -pl governance-json test -Dtest='ReadersFuzzTest#datasetStrictWhole'
 * }</pre>
 *
 * fuzzes that target for {@link #FUZZ_FOR} (Jazzer takes the time from the annotation only).
 *
 * A crash found while fuzzing is written to that corpus folder, so it becomes a regression input.
 */
class ReadersFuzzTest {
  /** How long one target fuzzes with {@code JAZZER_FUZZ=1}; no effect in regression mode. */
  static final String FUZZ_FOR = "30m";

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new GovernanceModule());

  private static InputStream in(byte[] data) {
    return new ByteArrayInputStream(data);
  }

  /** Runs {@code read}; the format's own exception is the only refusal allowed. */
  private static void refusedOnlyAs(Class<? extends FormatException> documented, Runnable read) {
    try {
      read.run();
    } catch (FormatException e) {
      assertThat(e).isInstanceOf(documented);
      located(e.getProblems());
    }
  }

  private static void located(List<FormatProblem> problems) {
    assertThat(problems).isNotEmpty();
    for (FormatProblem p : problems) {
      assertThat(p.getLine()).as("line of %s", p).isPositive();
      assertThat(p.getColumn()).as("column of %s", p).isPositive();
    }
  }

  @FuzzTest(maxDuration = FUZZ_FOR)
  void datasetStrictWhole(byte[] data) {
    refusedOnlyAs(DatasetFormatException.class, () -> DatasetReader.strict().read(in(data), "fuzz.json"));
  }

  @FuzzTest(maxDuration = FUZZ_FOR)
  void datasetLenientWhole(byte[] data) {
    Dataset d = DatasetReader.lenient().withMaxProblems(50).read(in(data), "fuzz.json");
    if (!d.getProblems().isEmpty()) {
      located(d.getProblems());
    }
  }

  @FuzzTest(maxDuration = FUZZ_FOR)
  void datasetStrictStreaming(byte[] data) {
    refusedOnlyAs(DatasetFormatException.class, () -> DatasetReader.strict().forEachCommunity(in(data), "fuzz.json", s -> s.getJurisdiction()));
  }

  @FuzzTest(maxDuration = FUZZ_FOR)
  void datasetLenientStreaming(byte[] data) {
    ReadSummary s = DatasetReader.lenient().withMaxProblems(50).forEachCommunity(in(data), "fuzz.json", x -> x.getJurisdiction());
    assertThat(s.getProblemCount()).isGreaterThanOrEqualTo(s.getProblems().size());
    if (!s.getProblems().isEmpty()) {
      located(s.getProblems());
    }
  }

  @FuzzTest(maxDuration = FUZZ_FOR)
  void datasetValidate(byte[] data) {
    DatasetValidator v = DatasetValidator.of(BuiltInProfiles.get("cn-national")).withThreads(1);
    for (boolean lenient : new boolean[] {false, true}) {
      ValidationResult r = v.withLenient(lenient).withMaxProblems(50).validate(in(data), "fuzz.json");
      assertThat(r.isReadable()).isEqualTo(r.getProblems().isEmpty());
      if (!r.isReadable()) {
        located(r.getProblems());
      }
    }
  }

  /**
   * Differential: every reading mode makes the same decision with the same problems (see {@code
   * ReadingModesProperties}); the one documented exception, an id used in two communities, is
   * found only by a whole read.
   */
  @FuzzTest(maxDuration = FUZZ_FOR)
  void datasetModesAgree(byte[] data) {
    ReadingModes m = ReadingModes.of(data);
    assertThat(m.strictValidate).as("%s", m).isEqualTo(m.strictStreaming);
    assertThat(m.lenientStreaming).as("%s", m).isEqualTo(m.lenientValidate);
    assertThat(m.lenientStreaming.isEmpty()).as("%s", m).isEqualTo(m.strictStreaming.isEmpty());
    assertThat(m.lenientStreaming).as("%s", m).startsWith(m.strictStreaming.toArray(FormatProblem[]::new));
    if (m.strictWhole.equals(m.strictStreaming)) {
      assertThat(m.lenientWhole).as("%s", m).isEqualTo(m.lenientStreaming);
    } else {
      assertThat(m.strictWhole).as("%s", m).allSatisfy(p -> assertThat(p.getMessage()).contains("id is used by"));
    }
  }

  @FuzzTest(maxDuration = FUZZ_FOR)
  void profile(byte[] data) {
    refusedOnlyAs(ProfileFormatException.class, () -> ProfileFormat.read(in(data), "fuzz.json", BuiltInProfiles::find));
  }

  @FuzzTest(maxDuration = FUZZ_FOR)
  void demandEvents(byte[] data) {
    refusedOnlyAs(DemandEventsFormatException.class, () -> DemandEventsFormat.read(in(data), "fuzz.json"));
  }

  @FuzzTest(maxDuration = FUZZ_FOR)
  void demandBoard(byte[] data) {
    refusedOnlyAs(DemandBoardFormatException.class, () -> DemandBoardFormat.read(in(data), "fuzz.json"));
  }

  @FuzzTest(maxDuration = FUZZ_FOR)
  void demandScenario(byte[] data) throws IOException {
    Path f = Files.createTempFile("fuzz", ".json");
    try {
      Files.write(f, data);
      refusedOnlyAs(DemandScenarioFormatException.class, () -> DemandScenarioFormat.read(f));
    } finally {
      Files.delete(f);
    }
  }

  @FuzzTest(maxDuration = FUZZ_FOR)
  void pointsScenario(byte[] data) {
    refusedOnlyAs(PointsScenarioFormatException.class, () -> PointsScenarioFormat.read(in(data), "fuzz.json"));
  }

  @FuzzTest(maxDuration = FUZZ_FOR)
  void visits(byte[] data) {
    refusedOnlyAs(VisitsFormatException.class, () -> VisitsFormat.read(in(data), "fuzz.json"));
  }

  @FuzzTest(maxDuration = FUZZ_FOR)
  void ledgerOperations(byte[] data) {
    refusedOnlyAs(LedgerOperationsFormatException.class, () -> LedgerOperationsFormat.read(in(data), "fuzz.json"));
  }

  @FuzzTest(maxDuration = FUZZ_FOR)
  void communityLinesStrict(byte[] data) {
    refusedOnlyAs(CommunityLinesFormatException.class,
        () -> CommunityLinesFormat.strict().forEachCommunity(in(data), "fuzz.jsonl", s -> s.getJurisdiction()));
  }

  /** A lenient line reader never throws for bad lines: each is counted with its place. */
  @FuzzTest(maxDuration = FUZZ_FOR)
  void communityLinesLenient(byte[] data) {
    ReadSummary s = CommunityLinesFormat.lenient().withMaxProblems(50).forEachCommunity(in(data), "fuzz.jsonl", x -> x.getJurisdiction());
    assertThat(s.getProblemCount()).isGreaterThanOrEqualTo(s.getProblems().size());
    if (!s.getProblems().isEmpty()) {
      located(s.getProblems());
    }
  }

  /**
   * The Jackson module: a refusal is Jackson's own exception, with the JSON path, or the
   * {@code CharConversionException} Jackson's byte-source decoding throws for bytes it takes for
   * UTF-32 but cannot decode (before any of the module's code runs; {@code readValue} declares it
   * as an {@code IOException}). Found by fuzzing: {@code crash-507c336e…}.
   */
  @FuzzTest(maxDuration = FUZZ_FOR)
  void jacksonModule(byte[] data) {
    for (Class<?> type : List.of(Jurisdiction.class, Area.class, PartyOrganization.class, CoBuildingUnit.class, StandardsProfile.class)) {
      try {
        MAPPER.readValue(data, type);
      } catch (JacksonException refused) {
        // the documented refusal
      } catch (java.io.CharConversionException undecodable) {
        // Jackson's own refusal of the byte source's encoding
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
