package org.jiceng.governance.core.internal;

import java.io.Serializable;
import org.jiceng.governance.core.InvalidValueException;
import org.jiceng.governance.core.InvalidValueException.Problem;

/** Structural checks shared by the model's {@code @Value.Check} methods; not API. */
public final class Checks {
  private Checks() {}

  /**
   * Rejects a blank id or name.
   *
   * @param value the value being checked, for its type's name
   * @param id the id
   * @param name the name
   * @throws InvalidValueException if either is blank
   */
  public static void checkText(Object value, String id, String name) {
    if (id.isBlank()) {
      throw refused(value, "", Problem.BLANK_ID);
    }
    if (name.isBlank()) {
      throw refused(value, id, Problem.BLANK_NAME);
    }
  }

  /**
   * Returns the refusal of a value.
   *
   * @param value the value being checked, for its type's name
   * @param id its id
   * @param problem what is wrong
   * @param arguments the problem's arguments
   * @return the exception, to throw
   */
  public static InvalidValueException refused(Object value, String id, Problem problem, Serializable... arguments) {
    return new InvalidValueException(org.jiceng.governance.core.DisplayText.typeName(value.getClass()), id, problem, arguments);
  }
}
