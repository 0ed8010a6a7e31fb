package org.jiceng.governance.json.internal;

/** Reads the fields of the object at a cursor's current START_OBJECT token. Not API. */
@FunctionalInterface
public interface FieldHandler {
  /**
   * Reads the value of one field; the cursor is on the value's first token and must be left on
   * its last.
   *
   * @param name the field name
   * @return false when the field is unknown
   */
  boolean field(String name);
}
