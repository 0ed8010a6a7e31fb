package org.jiceng.governance.rules.visit;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.GovernanceException;
import org.jiceng.governance.core.Localizable;
import org.jiceng.governance.rules.internal.EngineText;

/**
 * A visit event a {@link VisitLog} refuses: its id was used before for a different event. {@link
 * #getMessage()} is English; {@link #getMessage(Locale)} says it in Chinese or English.
 */
public final class VisitEventException extends GovernanceException implements Localizable {
  private static final long serialVersionUID = 1L;

  private final transient VisitEvent event;
  private final transient VisitEvent before;

  VisitEventException(VisitEvent event, VisitEvent before) {
    // One line whatever the ids hold: line breaks in them are escaped too.
    super(DisplayText.of(message(event, before, Locale.ENGLISH)));
    this.event = event;
    this.before = before;
  }

  private static String message(VisitEvent event, VisitEvent before, Locale locale) {
    return EngineText.render(locale, "visit.id-reused", event.getId(), kind(before), before.getOn(), before.getHousehold());
  }

  /** The kind of event as the format names it: {@code Tagged}, not the generated class. */
  private static String kind(VisitEvent e) {
    return e instanceof VisitEvent.Tagged ? "Tagged" : e instanceof VisitEvent.Untagged ? "Untagged" : "Visited";
  }

  /**
   * Returns the refused event.
   *
   * @return the event
   */
  public VisitEvent getEvent() {
    return event;
  }

  /**
   * Returns the refusal in a language, e.g. {@code 走访事件编号“v1”此前已用于另一事件：Visited，2024-03-01，住户“h1”}.
   *
   * @param locale the language, not null
   * @return the message, personal data masked
   * @since 0.2
   */
  @Override
  public String getMessage(Locale locale) {
    requireNonNull(locale, "locale");
    // After deserialization only the English text is left.
    return event == null || before == null ? getMessage() : message(event, before, locale);
  }
}
