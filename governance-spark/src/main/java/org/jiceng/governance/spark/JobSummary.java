package org.jiceng.governance.spark;

import java.util.List;
import org.jiceng.governance.rules.compliance.Measurement;

/** What a {@link ValidationJob} run found, as its summary says. Immutable. */
public final class JobSummary {
  private final String profile;
  private final String subject;
  private final long[] counts;
  private final long lines;
  private final List<Measurement> measured;
  private final String json;

  JobSummary(String profile, String subject, long[] counts, long lines, List<Measurement> measured, String json) {
    this.profile = profile;
    this.subject = subject;
    this.counts = counts.clone();
    this.lines = lines;
    this.measured = List.copyOf(measured);
    this.json = json;
  }

  /** @return the profile id checked against */
  public String getProfile() {
    return profile;
  }

  /** @return the county id, or the ids of several counties joined by commas, or "-" when no line was read */
  public String getSubject() {
    return subject;
  }

  /** @return findings of severity ERROR, local and county-wide */
  public long getErrors() {
    return counts[0];
  }

  /** @return findings of severity WARNING */
  public long getWarnings() {
    return counts[1];
  }

  /** @return findings of severity INFO */
  public long getInfos() {
    return counts[2];
  }

  /** @return communities checked (good lines) */
  public long getCommunities() {
    return counts[3];
  }

  /** @return grids in those communities */
  public long getGrids() {
    return counts[4];
  }

  /** @return lines that could not be read (written to {@code bad-lines/}) */
  public long getBadLines() {
    return counts[5];
  }

  /** @return every line read, good and bad */
  public long getLines() {
    return lines;
  }

  /** @return the county-wide figures */
  public List<Measurement> getMeasured() {
    return measured;
  }

  /** @return the summary as written, a {@code jiceng.report/1} object */
  public String toJson() {
    return json;
  }

  @Override
  public String toString() {
    return "JobSummary[profile=" + profile + ", subject=" + subject + ", communities=" + getCommunities() + ", grids=" + getGrids()
        + ", errors=" + getErrors() + ", warnings=" + getWarnings() + ", infos=" + getInfos() + ", badLines=" + getBadLines() + "]";
  }
}
