package org.jiceng.governance.rules.visit;

import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.GovernanceException;

/** A visit event a {@link VisitLog} refuses: its id was used before for a different event. */
public final class VisitEventException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final transient VisitEvent event;

  VisitEventException(VisitEvent event, String message) {
    // One line whatever the ids hold: line breaks in them are escaped too.
    super(DisplayText.of(message));
    this.event = event;
  }

  /**
   * Returns the refused event.
   *
   * @return the event
   */
  public VisitEvent getEvent() {
    return event;
  }
}
