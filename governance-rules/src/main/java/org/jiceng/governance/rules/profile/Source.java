package org.jiceng.governance.rules.profile;

import org.immutables.value.Value;

/**
 * Where a parameter's value comes from: a document or seed file, and a locality. A value only
 * found in secondary sources says {@code UNCONFIRMED} in its note.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Source {
  Source() {}

  /**
   * Creates a source.
   *
   * @param document the document, e.g. {@code "seed 000 (喀左县)"} or a national regulation, not null
   * @param note what exactly it says, or how the value was read from it, not null
   * @return the source
   */
  public static Source of(String document, String note) {
    return ImmutableSource.of(document, note);
  }

  /**
   * Returns the document.
   *
   * @return the document
   */
  @Value.Parameter
  public abstract String getDocument();

  /**
   * Returns the note.
   *
   * @return the note, may be empty
   */
  @Value.Parameter
  public abstract String getNote();

  /**
   * Tells whether the value rests on secondary sources only.
   *
   * @return true when the note says UNCONFIRMED
   */
  public boolean isUnconfirmed() {
    return getNote().contains("UNCONFIRMED");
  }

  @Override
  public String toString() {
    return getNote().isEmpty() ? getDocument() : getDocument() + ": " + getNote();
  }
}
