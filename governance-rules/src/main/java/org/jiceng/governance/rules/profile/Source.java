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
    return ImmutableSource.of(document, note, "");
  }

  /**
   * Creates a source with a note in English and in Chinese.
   *
   * @param document the document, not null
   * @param note what it says or how it was read, in English, not null
   * @param noteZh the same in Chinese: for a seed, the sentence quoted as printed, not null
   * @return the source
   * @since 0.2
   */
  public static Source of(String document, String note, String noteZh) {
    return ImmutableSource.of(document, note, noteZh);
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
   * Returns the note in Chinese: for a seed, the sentence as printed.
   *
   * @return the note, empty when only the English note is given
   * @since 0.2
   */
  @Value.Parameter
  public abstract String getNoteZh();

  /**
   * Returns the note in a language: the Chinese note in Chinese when there is one, else the
   * English note.
   *
   * @param locale the language, not null
   * @return the note, may be empty
   * @since 0.2
   */
  public String getNote(java.util.Locale locale) {
    return "zh".equals(locale.getLanguage()) && !getNoteZh().isEmpty() ? getNoteZh() : getNote();
  }

  /**
   * Returns the document and the note in a language, as a report cites it.
   *
   * @param locale the language, not null
   * @return the text
   * @since 0.2
   */
  public String toString(java.util.Locale locale) {
    String note = getNote(locale);
    return note.isEmpty() ? getDocument() : getDocument() + ("zh".equals(locale.getLanguage()) ? "：" : ": ") + note;
  }

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
    return org.jiceng.governance.core.DisplayText.of(getNote().isEmpty() ? getDocument() : getDocument() + ": " + getNote());
  }
}
