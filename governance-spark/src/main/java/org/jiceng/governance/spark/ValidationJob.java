package org.jiceng.governance.spark;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.rules.compliance.ComplianceReport;
import org.jiceng.governance.rules.compliance.Finding;
import org.jiceng.governance.rules.compliance.Measurement;

/**
 * Checks {@code jiceng.community/1} lines on Apache Spark against a standards profile and writes
 * what it found under an output path (any path Spark writes: local, HDFS, S3):
 *
 * <ul>
 *   <li>{@code findings/}: every finding as a JSON line, the local rules' (map side, one community
 *       at a time) and then the county-wide rules' (from the reduce);
 *   <li>{@code measured/}: the county-wide figures, a JSON line each;
 *   <li>{@code bad-lines/}: every line that could not be read, with its problems; never dropped;
 *   <li>{@code summary/}: one {@code jiceng.report/1} object with the counts (bad lines in {@code
 *       summary.problems}) and figures, its {@code findings} left to {@code findings/}.
 * </ul>
 *
 * <p>The input is read with Hadoop's {@code TextInputFormat}: a file is cut into splits at line
 * boundaries, one partition each. A partition folds its communities into one run of the
 * county-wide rules; the runs' {@link org.jiceng.governance.rules.compliance.ComplianceEngine.Partial
 * parts} are merged in a tree ({@code treeReduce}), which the engine guarantees equals one run over
 * every community. Instances are immutable.
 */
public final class ValidationJob {
  private final ProfileSource profile;
  private final Locale locale;

  private ValidationJob(ProfileSource profile, Locale locale) {
    this.profile = profile;
    this.locale = locale;
  }

  /**
   * A job that checks against a built-in profile, with messages in Chinese.
   *
   * @param id the profile id, e.g. {@code cn-national}, not null
   * @return the job
   * @throws IllegalArgumentException if no built-in profile has this id
   */
  public static ValidationJob withBuiltInProfile(String id) {
    return new ValidationJob(ProfileSource.builtIn(id), Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * A job that checks against a {@code jiceng.profile/1} file, read now, on the driver.
   *
   * @param file the profile file, not null
   * @return the job
   * @throws org.jiceng.governance.json.ProfileFormatException if the file is not a valid profile
   * @throws java.io.UncheckedIOException if it cannot be read
   */
  public static ValidationJob withProfileFile(Path file) {
    return withProfileFile(file, Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * A job that checks against a {@code jiceng.profile/1} file, read now, on the driver, with the
   * file's problems and the job's messages in a language.
   *
   * @param file the profile file
   * @param locale {@code Locale.SIMPLIFIED_CHINESE} or {@code Locale.ENGLISH}
   * @return the job
   * @throws org.jiceng.governance.json.ProfileFormatException if the file is not a valid profile
   * @throws java.io.UncheckedIOException if it cannot be read
   */
  public static ValidationJob withProfileFile(Path file, Locale locale) {
    return new ValidationJob(ProfileSource.file(requireNonNull(file, "file"), requireNonNull(locale, "locale")), locale);
  }

  /**
   * Returns a copy that writes messages in another language.
   *
   * @param locale {@code Locale.SIMPLIFIED_CHINESE} or {@code Locale.ENGLISH}, not null
   * @return the job
   */
  public ValidationJob withLocale(Locale locale) {
    return new ValidationJob(profile, requireNonNull(locale, "locale"));
  }

  /**
   * Runs the job.
   *
   * @param sc the Spark context, not null
   * @param input the line files: a file, a folder or a glob, as Hadoop reads them, not null
   * @param output where to write; must not exist yet; not null
   * @return the counts and figures, as in the summary
   */
  public JobSummary run(JavaSparkContext sc, String input, String output) {
    requireNonNull(sc, "sc");
    requireNonNull(input, "input");
    requireNonNull(output, "output");
    ProfileSource p = profile;
    Locale l = locale;
    JavaNewHadoopRDD<LongWritable, Text> raw = (JavaNewHadoopRDD<LongWritable, Text>) sc.newAPIHadoopFile(
        input, TextInputFormat.class, LongWritable.class, Text.class, sc.hadoopConfiguration());
    JavaRDD<Outcome> outcomes = raw.mapPartitionsWithInputSplit(new LineCheck(p, l), false)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Tally total = outcomes.getNumPartitions() == 0 ? new Tally()
          : outcomes.filter(o -> o.kind == Outcome.Kind.TALLY).map(o -> o.tally).treeReduce((a, b) -> a.merge(b, p.engine()));
      List<Finding> countyWide = new ArrayList<>();
      List<Measurement> measured = new ArrayList<>();
      long communities = 0;
      long grids = 0;
      if (total.partial != null) {
        String first = total.counties.firstKey();
        Area county = Area.builder().id(first).name(total.counties.get(first)).level(AreaLevel.COUNTY).build();
        ComplianceReport report = p.engine().start(county).merge(total.partial).finish();
        countyWide.addAll(report.getFindings());
        measured.addAll(report.getMeasured());
        communities = report.getCommunities();
        grids = report.getGrids();
      }
      List<String> countyLines = new ArrayList<>();
      for (Finding f : countyWide) {
        total.count(f.getSeverity());
        countyLines.add(JsonLines.finding(f, null, 0, l));
      }
      outcomes.filter(o -> o.kind == Outcome.Kind.FINDING).map(o -> o.json)
          .union(sc.parallelize(countyLines, 1)).saveAsTextFile(output + "/findings");
      outcomes.filter(o -> o.kind == Outcome.Kind.BAD_LINE).map(o -> o.json).saveAsTextFile(output + "/bad-lines");
      List<String> figures = new ArrayList<>();
      measured.forEach(m -> figures.add(JsonLines.measured(m)));
      sc.parallelize(figures, 1).saveAsTextFile(output + "/measured");
      String subject = total.counties.isEmpty() ? "-" : String.join(",", total.counties.keySet());
      long[] counts = {total.errors, total.warnings, total.infos, communities, grids, total.badLines};
      String summary = JsonLines.summary(p.id(), subject, counts, measured, l);
      sc.parallelize(List.of(summary), 1).saveAsTextFile(output + "/summary");
      return new JobSummary(p.id(), subject, counts, total.lines, measured, summary);
    } finally {
      outcomes.unpersist(false);
    }
  }

  @Override
  public String toString() {
    return "ValidationJob[profile=" + profile + ", locale=" + locale + "]";
  }
}
