package org.jiceng.governance.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jiceng.governance.benchmarks.beans.Beans;
import org.jiceng.governance.json.DatasetValidator;
import org.jiceng.governance.json.DatasetWriter;
import org.jiceng.governance.json.ValidationResult;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.jiceng.governance.rules.scenario.SyntheticJurisdictions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating a generated county against {@code cn-national}, three ways, on the same file in one
 * run: a bare Jackson token scan of the file (the floor: {@code scan}), this library's streaming
 * {@link DatasetValidator} on one and on two checking threads ({@code validate1}, {@code
 * validate2}), and the obvious alternative, Jackson databinding into beans plus the same checks as
 * Jakarta constraints through Hibernate Validator ({@code databindHibernate}).
 *
 * <p>The files come from {@link SyntheticJurisdictions} (seed 7, 1% of communities breaking a
 * rule): {@code 100k} is 20,000 communities (about 100,000 grids), {@code 1m} 200,000 (about
 * 1,000,000 grids). They are written once into {@code -Djiceng.bench.dir} (default {@code
 * /tmp/jiceng-bench}) and reused.
 *
 * <p>Run (100k, the default): {@code ./mvnw -B -q package -DskipTests -pl benchmarks -am && java
 * -jar benchmarks/target/benchmarks.jar ValidationBenchmark -p grids=100k}. For 1m: {@code java
 * -jar benchmarks/target/benchmarks.jar ValidationBenchmark -p grids=1m -wi 1 -i 3 -jvmArgsAppend
 * -Xmx16g}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx8g"})
public class ValidationBenchmark {
  /** The size of the county. */
  @Param({"100k"})
  public String grids;

  private Path file;
  private StandardsProfile profile;
  private JsonFactory factory;
  private ObjectMapper mapper;
  private ValidatorFactory validators;
  private Validator validator;

  /** Generates the file if it is not there yet, and makes the readers. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    profile = BuiltInProfiles.get("cn-national");
    int communities = grids.equals("1m") ? 200_000 : 20_000;
    file = file(profile, communities);
    factory = new JsonFactory();
    mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    validators = Validation.buildDefaultValidatorFactory();
    validator = validators.getValidator();
  }

  /** Closes the validator factory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    validators.close();
  }

  static Path file(StandardsProfile profile, int communities) throws IOException {
    Path dir = Path.of(System.getProperty("jiceng.bench.dir", "/tmp/jiceng-bench"));
    Files.createDirectories(dir);
    Path f = dir.resolve("county-" + communities + ".json");
    if (!Files.exists(f)) {
      Path tmp = dir.resolve(f.getFileName() + ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        DatasetWriter.standard().write(SyntheticJurisdictions.builder().profile(profile).communities(communities).seed(7)
            .violationRate(0.01).build(), out);
      }
      Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE);
    }
    return f;
  }

  /** The floor: every token of the file, nothing built. */
  @Benchmark
  public long scan() throws IOException {
    long n = 0;
    try (JsonParser p = factory.createParser(file.toFile())) {
      while (p.nextToken() != null) {
        n++;
      }
    }
    return n;
  }

  /** Streaming validation on the calling thread. */
  @Benchmark
  public ValidationResult validate1() {
    return DatasetValidator.of(profile).withThreads(1).validate(file);
  }

  /** Streaming validation: parsing on the calling thread, checking on two others. */
  @Benchmark
  public ValidationResult validate2() {
    return DatasetValidator.of(profile).withThreads(2).validate(file);
  }

  /** The obvious alternative: the whole file bound into beans, then Hibernate Validator. */
  @Benchmark
  public Set<ConstraintViolation<Beans.Dataset>> databindHibernate() throws IOException {
    Beans.Dataset d = mapper.readValue(file.toFile(), Beans.Dataset.class);
    return validator.validate(d);
  }
}
