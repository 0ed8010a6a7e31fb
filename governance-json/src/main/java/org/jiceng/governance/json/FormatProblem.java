package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import org.jiceng.governance.core.DisplayText;

/**
 * One problem found while reading a file in one of the {@code jiceng.*} formats: where it is (source, line, column, JSON Pointer)
 * and what was expected. {@link #toString()} gives the form
 * {@code kazuo.json:214:17 /streets/0/grids/12/households: expected a whole number >= 0, found "三百"}.
 *
 * <p>Source, pointer and message are stored as {@link DisplayText#of} makes them: control
 * characters and bidirectional overrides escaped ({@code \u001B}), identity and mobile numbers
 * masked ({@link org.jiceng.governance.core.PersonalData}), so that printing a problem is safe.
 */
public final class FormatProblem {
  private final String source;
  private final int line;
  private final int column;
  private final String pointer;
  private final String message;

  /**
   * Returns a problem.
   *
   * @param source the file name or another label of the input, not null
   * @param line the 1-based line, or -1 when unknown
   * @param column the 1-based column, or -1 when unknown
   * @param pointer the JSON Pointer of the value at fault, not null ("" for the document)
   * @param message what was expected and what was found, not null
   * @return the problem
   */
  public static FormatProblem of(String source, int line, int column, String pointer, String message) {
    return new FormatProblem(source, line, column, pointer, message);
  }

  private FormatProblem(String source, int line, int column, String pointer, String message) {
    // Lines and columns start at 1: a parser that has read nothing yet (an empty file) says 0.
    this.line = line == 0 ? 1 : line;
    this.column = column == 0 ? 1 : column;
    // Everything here may quote the file: escape controls and bidi overrides, mask personal data.
    this.source = DisplayText.of(requireNonNull(source, "source"));
    this.pointer = DisplayText.of(requireNonNull(pointer, "pointer"));
    this.message = DisplayText.of(requireNonNull(message, "message"));
  }

  /**
   * Returns the source label, usually the file name.
   *
   * @return the source
   */
  public String getSource() {
    return source;
  }

  /**
   * Returns the 1-based line.
   *
   * @return the line, or -1 when unknown
   */
  public int getLine() {
    return line;
  }

  /**
   * Returns the 1-based column.
   *
   * @return the column, or -1 when unknown
   */
  public int getColumn() {
    return column;
  }

  /**
   * Returns the JSON Pointer of the value at fault.
   *
   * @return the pointer, "" for the whole document
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * Returns what was expected and what was found.
   *
   * @return the message
   */
  public String getMessage() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FormatProblem)) {
      return false;
    }
    FormatProblem p = (FormatProblem) o;
    return line == p.line
        && column == p.column
        && source.equals(p.source)
        && pointer.equals(p.pointer)
        && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(source, line, column, pointer, message);
  }

  @Override
  public String toString() {
    return source + ":" + line + ":" + column + " " + (pointer.isEmpty() ? "/" : pointer) + ": " + message;
  }
}
