package org.jiceng.governance.spark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.spark.api.java.function.Function2;
import org.jiceng.governance.json.CommunityLinesFormat;
import org.jiceng.governance.json.CommunitySubtree;
import org.jiceng.governance.json.CommunityLinesFormatException;
import org.jiceng.governance.rules.compliance.CommunityScope;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.compliance.Finding;
import scala.Tuple2;

/**
 * The map side of the job, one partition (input split) at a time: reads each line as a {@code
 * jiceng.community/1} community, runs the local rules on it (its findings become outcomes at once)
 * and folds it into the partition's run of the county-wide rules; a line that cannot be read
 * becomes a bad-line outcome. After the last line comes the partition's {@link Tally}. Lazy:
 * a partition is never held in memory, only the findings of its current line.
 */
final class LineCheck implements Function2<InputSplit, Iterator<Tuple2<LongWritable, Text>>, Iterator<Outcome>> {
  private static final long serialVersionUID = 1L;

  private final ProfileSource profile;
  private final String languageTag;

  LineCheck(ProfileSource profile, Locale locale) {
    this.profile = profile;
    this.languageTag = locale.toLanguageTag();
  }

  @Override
  public Iterator<Outcome> call(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
    String file = split instanceof FileSplit ? ((FileSplit) split).getPath().toString() : String.valueOf(split);
    return new Checked(profile.engine(), file, lines, Locale.forLanguageTag(languageTag));
  }

  /** The outcomes of one partition, made as they are asked for. */
  private static final class Checked implements Iterator<Outcome> {
    private final ComplianceEngine engine;
    private final String file;
    private final Iterator<Tuple2<LongWritable, Text>> lines;
    private final Locale locale;
    private final CommunityLinesFormat format;
    private final ArrayDeque<Outcome> ready = new ArrayDeque<>();
    private final Tally tally = new Tally();
    private ComplianceEngine.Run run;
    private boolean done;

    Checked(ComplianceEngine engine, String file, Iterator<Tuple2<LongWritable, Text>> lines, Locale locale) {
      this.engine = engine;
      this.file = file;
      this.lines = lines;
      this.locale = locale;
      this.format = CommunityLinesFormat.strict().withLocale(locale);
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && !done) {
        if (lines.hasNext()) {
          check(lines.next());
        } else {
          if (run != null) {
            tally.partial = run.toPartial();
          }
          ready.add(Outcome.tally(tally));
          done = true;
        }
      }
      return !ready.isEmpty();
    }

    @Override
    public Outcome next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }

    private void check(Tuple2<LongWritable, Text> line) {
      long offset = line._1().get();
      Text text = line._2();
      tally.lines++;
      CommunitySubtree s;
      try {
        // The reader's Text is reused for the next line: it is read here, before moving on.
        s = format.readLine(text.getBytes(), 0, text.getLength(), file, 1);
      } catch (CommunityLinesFormatException e) {
        tally.badLines++;
        String quoted = new String(text.getBytes(), 0, Math.min(text.getLength(), 4 * JsonLines.QUOTED), StandardCharsets.UTF_8);
        ready.add(Outcome.badLine(JsonLines.badLine(file, offset, e.getProblems(), quoted)));
        return;
      }
      CommunityScope scope = CommunityScope.of(s.getJurisdiction(), s.getCommunity().getId(), s.getLocator());
      for (Finding f : engine.checkLocal(scope)) {
        tally.count(f.getSeverity());
        ready.add(Outcome.finding(JsonLines.finding(f, file, offset, locale)));
      }
      if (run == null) {
        run = engine.start(s.getCounty());
      }
      run.accumulate(scope);
      tally.counties.putIfAbsent(s.getCounty().getId(), s.getCounty().getName());
    }
  }
}
