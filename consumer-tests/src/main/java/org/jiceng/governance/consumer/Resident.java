package org.jiceng.governance.consumer;

import jakarta.validation.constraints.NotNull;
import org.jiceng.governance.core.constraints.ValidDivisionCode;
import org.jiceng.governance.core.constraints.ValidResidentId;

/** A user's own bean that carries the library's constraint annotations. */
public final class Resident {
  @NotNull
  @ValidResidentId
  private final String idNumber;

  @ValidDivisionCode
  private final String registeredIn;

  /**
   * Creates a resident; nothing is checked until the bean is validated.
   *
   * @param idNumber the identity number
   * @param registeredIn the division code of the place of registration
   */
  public Resident(String idNumber, String registeredIn) {
    this.idNumber = idNumber;
    this.registeredIn = registeredIn;
  }

  /**
   * Returns the identity number.
   *
   * @return the number, as given
   */
  public String getIdNumber() {
    return idNumber;
  }

  /**
   * Returns the division code of the place of registration.
   *
   * @return the code, as given
   */
  public String getRegisteredIn() {
    return registeredIn;
  }
}
