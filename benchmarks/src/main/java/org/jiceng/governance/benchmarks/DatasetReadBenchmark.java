package org.jiceng.governance.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.json.DatasetReader;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading alone, without the rules: the strict reader streams the 20,000-community county of
 * {@link ValidationBenchmark} (100,000 grids) one community at a time and counts the parts each
 * holds. It isolates the reader's own cost (the tokenizer, the field tables of {@code PartCodec},
 * building the immutable parts and each community's index).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar DatasetReadBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class DatasetReadBenchmark {
  private Path file;

  /** Generates the file if it is not there yet. */
  @Setup
  public void setUp() throws IOException {
    file = ValidationBenchmark.file(BuiltInProfiles.get("cn-national"), 20_000);
  }

  /**
   * Streams the county.
   *
   * @return the number of areas and parts read, so that nothing is optimized away
   */
  @Benchmark
  public long readStreaming() {
    long[] parts = new long[1];
    DatasetReader.strict().forEachCommunity(file, s -> {
      Jurisdiction j = s.getJurisdiction();
      parts[0] += j.getAreas().size() + j.getPartyOrganizations().size() + j.getCommunityWorkers().size() + j.getGridWorkers().size();
    });
    return parts[0];
  }
}
