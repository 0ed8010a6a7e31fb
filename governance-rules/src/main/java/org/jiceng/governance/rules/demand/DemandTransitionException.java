package org.jiceng.governance.rules.demand;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.GovernanceException;
import org.jiceng.governance.core.Localizable;
import org.jiceng.governance.rules.internal.EngineText;

/**
 * An event that the demand's state does not allow (claiming a resolved demand, rating an
 * unresolved one), or that breaks a limit of the board (see {@link DemandBoard}). {@link
 * #getMessage()} is English; {@link #getMessage(Locale)} says it in Chinese or English.
 */
public final class DemandTransitionException extends GovernanceException implements Localizable {
  private static final long serialVersionUID = 1L;
  /** How much of a long id a message quotes. */
  private static final int SHOWN = 40;

  private final transient DemandEvent event;
  private final String key;
  private final transient Object[] arguments;

  /**
   * Creates the refusal.
   *
   * @param event the refused event
   * @param key the key of the reason in the engines' bundle
   * @param arguments the reason's arguments; an event among them is named as {@link #describe} names it
   */
  DemandTransitionException(DemandEvent event, String key, Object... arguments) {
    // One line whatever the ids hold: line breaks in them are escaped too.
    super(DisplayText.of(message(event, key, arguments, Locale.ENGLISH)));
    this.event = event;
    this.key = key;
    this.arguments = arguments.clone();
  }

  private static String message(DemandEvent event, String key, Object[] arguments, Locale locale) {
    Object[] shown = arguments.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof DemandEvent) {
        shown[i] = describe((DemandEvent) shown[i], locale);
      }
    }
    return EngineText.render(locale, "demand.refused", describe(event, locale), EngineText.render(locale, key, shown));
  }

  /** An event as messages name it: its id, type and demand, long ids quoted in part. */
  private static String describe(DemandEvent event, Locale locale) {
    return EngineText.render(locale, "demand.event", shown(event.getId()), DisplayText.typeName(event.getClass()),
        shown(event.getDemandId()));
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

  /**
   * Returns the refusal in a language, e.g. {@code 事件“e2”（Claimed，诉求“d1”）被拒绝：诉求的状态是已解决；该事件要求状态为待处理}.
   *
   * @param locale the language, not null
   * @return the message, personal data masked
   * @since 0.2
   */
  @Override
  public String getMessage(Locale locale) {
    requireNonNull(locale, "locale");
    // After deserialization only the English text is left.
    return arguments == null || event == null ? getMessage() : message(event, key, arguments, locale);
  }
}
