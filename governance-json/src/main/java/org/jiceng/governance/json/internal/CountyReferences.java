package org.jiceng.governance.json.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.unit.CoBuildingUnit;
import org.jiceng.governance.core.unit.PropertyCompany;
import org.jiceng.governance.json.FormatProblem;

/**
 * The references from county-wide parts to areas further on in the file (a unit's {@code areas},
 * a property company's {@code compounds}, a county-wide organization's {@code area}), checked the
 * same way whether the file is read whole or one community at a time: every area read is marked,
 * and at the end of the file each reference to an area never read is a problem at the part that
 * makes it. Memory holds the referenced ids only, never every area of the file. Not API.
 */
final class CountyReferences {
  /** One reference: the part that makes it, what it calls the area, the area's id. */
  private record Reference(String subject, String role, String areaId) {}

  private final List<Reference> references = new ArrayList<>();
  private final Set<String> wanted = new HashSet<>();
  private final Set<String> found = new HashSet<>();

  CountyReferences(Parts context) {
    Set<String> here = new HashSet<>();
    context.areas.forEach(a -> here.add(a.getId()));
    for (CoBuildingUnit u : context.units) {
      u.getAreaIds().forEach(a -> want(here, u.getId(), "area", a));
    }
    for (PropertyCompany p : context.propertyCompanies) {
      p.getCompoundIds().forEach(a -> want(here, p.getId(), "compound", a));
    }
    for (PartyOrganization o : context.organizations) {
      o.getAreaId().ifPresent(a -> want(here, o.getId(), "area", a));
    }
  }

  private void want(Set<String> here, String subject, String role, String areaId) {
    if (!here.contains(areaId)) {
      references.add(new Reference(subject, role, areaId));
      wanted.add(areaId);
    }
  }

  /** Marks areas as read. */
  void seen(Collection<Area> areas) {
    if (wanted.isEmpty()) {
      return;
    }
    for (Area a : areas) {
      if (wanted.contains(a.getId())) {
        found.add(a.getId());
      }
    }
  }

  /** Marks the ids of a skipped community as read: what they were is unknown, not missing. */
  void seenIds(Collection<String> ids) {
    for (String id : ids) {
      if (wanted.contains(id)) {
        found.add(id);
      }
    }
  }

  /**
   * Returns a problem for each reference to an area never read, located at the part that makes
   * it, worded as {@code Jurisdiction} words a dangling reference.
   */
  List<FormatProblem> missing(Cursor cursor, Parts context) {
    List<FormatProblem> out = new ArrayList<>();
    for (Reference r : references) {
      if (!found.contains(r.areaId())) {
        Msg message = Msg.of("reference.missing", r.subject(), Msg.of("role." + r.role()), r.areaId());
        Mark m = context.marks.get(r.subject());
        out.add(m == null ? FormatProblem.of(cursor.source(), 1, 1, "", message.render(cursor.locale())) : cursor.problemAt(m, message));
      }
    }
    return out;
  }
}
