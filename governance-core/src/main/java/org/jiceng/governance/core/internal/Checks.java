package org.jiceng.governance.core.internal;

/** Structural checks shared by the model's {@code @Value.Check} methods; not API. */
public final class Checks {
  private Checks() {}

  /**
   * Rejects a blank id or name.
   *
   * @param what what the value is, e.g. {@code "grid worker"}
   * @param id the id
   * @param name the name
   * @throws IllegalArgumentException if either is blank
   */
  public static void checkText(String what, String id, String name) {
    if (id.isBlank()) {
      throw new IllegalArgumentException("The id of a " + what + " must not be blank");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "The name of " + what + " '" + id + "' must not be blank");
    }
  }
}
