package org.jiceng.governance.rules.demand;

import org.jiceng.governance.core.GovernanceException;

/** An event that the demand's state does not allow (claiming a resolved demand, rating an unresolved one). */
public final class DemandTransitionException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final transient DemandEvent event;

  DemandTransitionException(DemandEvent event, String message) {
    super("Event '" + event.eventId() + "' (" + event.getClass().getSimpleName() + ") on demand '" + event.demandId() + "': " + message);
    this.event = event;
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
