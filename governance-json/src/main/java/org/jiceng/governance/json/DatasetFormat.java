package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;

/**
 * The dataset format {@code jiceng.dataset/1} (schema {@code jiceng.dataset-1.schema.json},
 * described in {@code docs/dataset-format.md}): one county with its streets, communities and
 * everything on them.
 *
 * <p>Like Jackson's {@code JsonFactory}, which keeps parser and generator side by side, this class
 * is where the format's reading and writing meet: the one-line {@link #read}/{@link #write} for the
 * common case, and {@link #reader()} / {@link #writer()} / {@link DatasetValidator} for the
 * configurable, streaming forms (lenient reading, one community at a time, checking while
 * reading, writing a county one community at a time).
 *
 * <pre>{@code
 * Dataset d = DatasetFormat.read(Path.of("kazuo.json"));
 * DatasetFormat.write(d.getJurisdiction().orElseThrow(), out);
 * }</pre>
 */
public final class DatasetFormat {
  /** The format identifier. */
  public static final String FORMAT = "jiceng.dataset/1";

  private DatasetFormat() {}

  /**
   * Returns the strict reader, to configure (lenient, charset, limits) or to read one community
   * at a time.
   *
   * @return the strict reader
   */
  public static DatasetReader reader() {
    return DatasetReader.strict();
  }

  /**
   * Returns the standard writer (personal data masked, pretty-printed, no profile named), to
   * configure or to write one community at a time.
   *
   * @return the standard writer
   */
  public static DatasetWriter writer() {
    return DatasetWriter.standard();
  }

  /**
   * Reads a whole dataset strictly.
   *
   * @param in the input, not null; left open
   * @param source the label of the input in problems, not null
   * @return the dataset
   * @throws DatasetFormatException naming the place of every problem
   */
  public static Dataset read(InputStream in, String source) {
    return reader().read(requireNonNull(in, "in"), requireNonNull(source, "source"));
  }

  /**
   * Reads a whole dataset file strictly.
   *
   * @param file the file, not null
   * @return the dataset
   * @throws DatasetFormatException naming the place of every problem
   */
  public static Dataset read(Path file) {
    return reader().read(requireNonNull(file, "file"));
  }

  /**
   * Writes a county with the standard writer.
   *
   * @param county a jurisdiction rooted at a county, not null
   * @param out the output, not null; flushed, left open
   */
  public static void write(Jurisdiction county, OutputStream out) {
    writer().write(requireNonNull(county, "county"), requireNonNull(out, "out"));
  }

  /**
   * Writes a county to a string with the standard writer.
   *
   * @param county a jurisdiction rooted at a county, not null
   * @return the JSON text
   */
  public static String writeToString(Jurisdiction county) {
    return writer().writeToString(requireNonNull(county, "county"));
  }
}
