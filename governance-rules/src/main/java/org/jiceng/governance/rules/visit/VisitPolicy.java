package org.jiceng.governance.rules.visit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * How often each care tag calls for a visit, and who carries the visits, as a profile sets them
 * ({@code visits.first-within-days.<tag>}, {@code visits.every-days.<tag>}, {@code visits.responsible}).
 * A tag the profile gives no rhythm obliges no visit.
 *
 * @param rhythms the rhythm of each tag that obliges visits
 * @param responsible who is responsible, in order of preference
 */
public record VisitPolicy(Map<CareTag, Rhythm> rhythms, List<VisitResponsibility> responsible) {
  /**
   * The rhythm of one tag.
   *
   * @param firstWithinDays days from the tag (or the start of the plan) to the first visit's due date, at least 0
   * @param everyDays days from one visit to the next one's due date while the tag stands; 0 for one visit only
   */
  public record Rhythm(int firstWithinDays, int everyDays) {
    /** Validates. */
    public Rhythm {
      if (firstWithinDays < 0 || everyDays < 0) {
        throw new IllegalArgumentException("Visit rhythm days must be >= 0, found " + firstWithinDays + " and " + everyDays);
      }
    }
  }

  /** Copies the collections. */
  public VisitPolicy {
    rhythms = ImmutableMap.copyOf(rhythms);
    responsible = ImmutableList.copyOf(responsible);
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
        m.put(t, new Rhythm(first.get(), p.get(Parameters.VISIT_EVERY_DAYS.get(t)).orElse(0)));
      }
    }
    return new VisitPolicy(m, p.get(Parameters.VISIT_RESPONSIBLE).map(ImmutableList::copyOf)
        .orElse(ImmutableList.of(VisitResponsibility.FULL_TIME_GRID_WORKER)));
  }

  /**
   * Returns a tag's rhythm.
   *
   * @param tag the tag, not null
   * @return the rhythm, or empty when the tag obliges no visit
   */
  public Optional<Rhythm> rhythm(CareTag tag) {
    return Optional.ofNullable(rhythms.get(requireNonNull(tag, "tag")));
  }
}
