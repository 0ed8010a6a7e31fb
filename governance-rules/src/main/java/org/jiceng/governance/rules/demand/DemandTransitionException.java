package org.jiceng.governance.rules.demand;

import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.GovernanceException;

/**
 * An event that the demand's state does not allow (claiming a resolved demand, rating an
 * unresolved one), or that breaks a limit of the board (see {@link DemandBoard}).
 */
public final class DemandTransitionException extends GovernanceException {
  private static final long serialVersionUID = 1L;
  /** How much of a long id a message quotes. */
  private static final int SHOWN = 40;

  private final transient DemandEvent event;

  DemandTransitionException(DemandEvent event, String message) {
    // One line whatever the ids hold: line breaks in them are escaped too.
    super(DisplayText.of(describe(event) + ": " + message));
    this.event = event;
  }

  /** An event as messages name it: its id, type and demand, long ids quoted in part. */
  static String describe(DemandEvent event) {
    return "Event '" + shown(event.getId()) + "' (" + event.getClass().getSuperclass().getSimpleName() + ") on demand '" + shown(event.getDemandId()) + "'";
  }

  /** An id as a message quotes it: whole when at most {@link DemandBoard#MAX_ID_LENGTH} long, else its start. */
  static String shown(String id) {
    if (id.length() <= DemandBoard.MAX_ID_LENGTH) {
      return id;
    }
    int end = Character.isHighSurrogate(id.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
    return id.substring(0, end) + "…";
  }

  /**
   * Returns the refused event.
   *
   * @return the event
   */
  public DemandEvent getEvent() {
    return event;
  }
}
