package org.jiceng.governance.rules.compliance;

import org.immutables.value.Value;

/** Where a subject was read: JSON Pointer into the input, and line and column when known. */
@Value.Immutable(builder = false, copy = false)
public abstract class Location {
  Location() {}

  /**
   * Creates a location.
   *
   * @param path the JSON Pointer, not null
   * @param line the 1-based line, or -1
   * @param column the 1-based column, or -1
   * @return the location
   */
  public static Location of(String path, int line, int column) {
    return ImmutableLocation.of(path, line, column);
  }

  /**
   * Returns the JSON Pointer.
   *
   * @return the path
   */
  @Value.Parameter
  public abstract String getPath();

  /**
   * Returns the line.
   *
   * @return the line, -1 when unknown
   */
  @Value.Parameter
  public abstract int getLine();

  /**
   * Returns the column.
   *
   * @return the column, -1 when unknown
   */
  @Value.Parameter
  public abstract int getColumn();

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("Location", "path", getPath(), "line", getLine(), "column", getColumn());
  }
}
