package org.jiceng.governance.rules.visit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * How often each care tag calls for a visit, and who carries the visits, as a profile sets them
 * ({@code visits.first-within-days.<tag>}, {@code visits.every-days.<tag>}, {@code visits.responsible}).
 * A tag the profile gives no rhythm obliges no visit.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class VisitPolicy {
  VisitPolicy() {}

  /** The rhythm of one tag. */
  @Value.Immutable(builder = false, copy = false)
  public abstract static class Rhythm {
    Rhythm() {}

    /**
     * Creates a rhythm.
     *
     * @param firstWithinDays days from the tag (or the start of the plan) to the first visit's due date, at least 0
     * @param everyDays days from one visit to the next one's due date while the tag stands; 0 for one visit only
     * @return the rhythm
     */
    public static Rhythm of(int firstWithinDays, int everyDays) {
      return ImmutableRhythm.of(firstWithinDays, everyDays);
    }

    /**
     * Returns the days from the tag (or the start of the plan) to the first visit's due date.
     *
     * @return the days, at least 0
     */
    @Value.Parameter
    public abstract int getFirstWithinDays();

    /**
     * Returns the days from one visit to the next one's due date while the tag stands.
     *
     * @return the days, 0 for one visit only
     */
    @Value.Parameter
    public abstract int getEveryDays();

    @Value.Check
    final void check() {
      if (getFirstWithinDays() < 0 || getEveryDays() < 0) {
        throw new IllegalArgumentException("Visit rhythm days must be >= 0, found " + getFirstWithinDays() + " and " + getEveryDays());
      }
    }

    @Override
    public String toString() {
      return org.jiceng.governance.core.DisplayText.ofValue("Rhythm", "firstWithinDays", getFirstWithinDays(),
          "everyDays", getEveryDays());
    }
  }

  /**
   * Creates a policy.
   *
   * @param rhythms the rhythm of each tag that obliges visits, not null
   * @param responsible who is responsible, in order of preference, not null
   * @return the policy
   */
  public static VisitPolicy of(Map<CareTag, ? extends Rhythm> rhythms, Iterable<? extends VisitResponsibility> responsible) {
    return ImmutableVisitPolicy.of(requireNonNull(rhythms, "rhythms"), requireNonNull(responsible, "responsible"));
  }

  /**
   * Returns the rhythm of each tag that obliges visits.
   *
   * @return the rhythms
   */
  @Value.Parameter
  public abstract Map<CareTag, Rhythm> getRhythms();

  /**
   * Returns who is responsible, in order of preference.
   *
   * @return the roles
   */
  @Value.Parameter
  public abstract List<VisitResponsibility> getResponsible();

  /**
   * Returns a copy with other roles responsible.
   *
   * @param responsible who is responsible, in order of preference, not null
   * @return the policy
   */
  public VisitPolicy withResponsible(Iterable<? extends VisitResponsibility> responsible) {
    return of(getRhythms(), responsible);
  }

  /**
   * Returns a copy with other rhythms.
   *
   * @param rhythms the rhythm of each tag that obliges visits, not null
   * @return the policy
   */
  public VisitPolicy withRhythms(Map<CareTag, ? extends Rhythm> rhythms) {
    return of(rhythms, getResponsible());
  }

  /**
   * Reads the policy a profile sets.
   *
   * @param p the profile, not null
   * @return the policy; empty rhythms when the profile sets none
   */
  public static VisitPolicy from(StandardsProfile p) {
    requireNonNull(p, "p");
    EnumMap<CareTag, Rhythm> m = new EnumMap<>(CareTag.class);
    for (CareTag t : CareTag.values()) {
      Optional<Integer> first = p.get(Parameters.VISIT_FIRST_WITHIN_DAYS.get(t));
      if (first.isPresent()) {
        m.put(t, Rhythm.of(first.get(), p.get(Parameters.VISIT_EVERY_DAYS.get(t)).orElse(0)));
      }
    }
    return of(m, p.get(Parameters.VISIT_RESPONSIBLE).map(ImmutableList::copyOf)
        .orElse(ImmutableList.of(VisitResponsibility.FULL_TIME_GRID_WORKER)));
  }

  /**
   * Finds a tag's rhythm.
   *
   * @param tag the tag, not null
   * @return the rhythm, or empty when the tag obliges no visit
   */
  public Optional<Rhythm> findRhythm(CareTag tag) {
    return Optional.ofNullable(getRhythms().get(requireNonNull(tag, "tag")));
  }

  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("VisitPolicy", "rhythms", getRhythms(),
        "responsible", getResponsible());
  }
}
