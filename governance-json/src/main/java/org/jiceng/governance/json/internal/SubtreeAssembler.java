package org.jiceng.governance.json.internal;


import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.jurisdiction.JurisdictionException;
import org.jiceng.governance.core.jurisdiction.JurisdictionProblem;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.unit.CoBuildingUnit;
import org.jiceng.governance.core.unit.PropertyCompany;
import org.jiceng.governance.json.CommunitySubtree;
import org.jiceng.governance.json.DatasetFormatException;
import org.jiceng.governance.json.FormatProblem;
import org.jiceng.governance.json.ReadSummary;
import org.jiceng.governance.rules.compliance.Locator;

/**
 * Turns what {@link DatasetParser} reads into jurisdictions: one for the whole file, or one per
 * community with its context. Structural problems found by {@link Jurisdiction} are located
 * through the positions the parser remembered for each id. Not API.
 */
public final class SubtreeAssembler {
  private final boolean lenient;
  private final Consumer<FormatProblem> problems;
  private final Parts all = new Parts();
  private DatasetParser.Header header;
  private CountyParts countyParts;
  private CountyReferences references;
  private Parts checkedStreet;
  private boolean streetGood;
  private int streets;
  private int communities;
  private long grids;

  /**
   * Creates an assembler.
   *
   * @param lenient skip bad communities instead of failing
   * @param problems receives the problems of skipped communities
   */
  public SubtreeAssembler(boolean lenient, Consumer<FormatProblem> problems) {
    this.lenient = lenient;
    this.problems = problems;
  }

  /**
   * Returns the profile id the header named.
   *
   * @return the id, may be empty
   */
  public Optional<String> profile() {
    return header == null ? Optional.empty() : header.profile;
  }

  /**
   * Returns where each id of the whole file was read.
   *
   * @return the locator
   */
  public Locator wholeLocator() {
    Map<String, Mark> marks = all.marks;
    return id -> Optional.ofNullable(marks.get(id)).map(Mark::toLocation);
  }

  /**
   * Returns the counts so far.
   *
   * @return a summary builder
   */
  public ReadSummary.Builder summary() {
    return ReadSummary.builder().streets(streets).communities(communities).grids(grids)
        .profile(profile()).county(Optional.ofNullable(header == null ? null : header.county));
  }

  /**
   * A sink that gathers everything for {@link #buildWhole}.
   *
   * @param cursor the cursor, for problem locations
   * @return the sink
   */
  public DatasetParser.Sink wholeSink(Cursor cursor) {
    return new DatasetParser.Sink() {
      @Override
      public void header(DatasetParser.Header h) {
        headerRead(cursor, h);
        all.absorb(h.context);
      }

      @Override
      public void community(Parts street, Parts community) {
        // Each community is checked as streaming checks it, so that a file read whole is valid
        // exactly when it is valid read one community at a time.
        references.seen(community.areas);
        if (!streetChecked(cursor, street) || subtree(cursor, street, community).isEmpty()) {
          return;
        }
        communities++;
        grids += community.grids;
        all.absorb(community);
      }

      @Override
      public void skipped(Set<String> ids) {
        references.seenIds(ids);
      }

      @Override
      public void streetDone(Parts street) {
        references.seen(street.areas);
        streets++;
        if (streetChecked(cursor, street)) {
          all.absorb(street);
        }
      }

      @Override
      public void end() {
        endCheck(cursor);
      }
    };
  }

  /**
   * Builds the jurisdiction of the whole file.
   *
   * @param cursor the cursor, for problem locations
   * @return the jurisdiction
   * @throws DatasetFormatException listing every structural problem
   */
  public Jurisdiction buildWhole(Cursor cursor) {
    Jurisdiction.Builder b = Jurisdiction.builder();
    header.asOf.ifPresent(b::asOf);
    if (lenient) {
      // County-wide references to areas that were never read are already reported (endCheck);
      // those to areas of skipped communities are dropped with the communities.
      Set<String> areas = new HashSet<>();
      all.areas.forEach(a -> areas.add(a.getId()));
      restrict(all, header.context, areas);
      all.organizations.removeIf(o -> o.getAreaId().map(a -> !areas.contains(a)).orElse(false));
    }
    all.addTo(b);
    try {
      return b.build();
    } catch (JurisdictionException e) {
      throw located(cursor, e, all.marks);
    }
  }

  /**
   * A sink that hands each consistent community to {@code action}.
   *
   * @param cursor the cursor, for problem locations
   * @param action receives each community
   * @return the sink
   */
  public DatasetParser.Sink streamingSink(Cursor cursor, Consumer<CommunitySubtree> action) {
    return new DatasetParser.Sink() {
      @Override
      public void header(DatasetParser.Header h) {
        headerRead(cursor, h);
      }

      @Override
      public void community(Parts street, Parts community) {
        references.seen(community.areas);
        if (!streetChecked(cursor, street)) {
          return;
        }
        Optional<Jurisdiction> j = subtree(cursor, street, community);
        if (j.isEmpty()) {
          return;
        }
        communities++;
        grids += community.grids;
        action.accept(assemble(street, community, j.get()));
      }

      @Override
      public void skipped(Set<String> ids) {
        references.seenIds(ids);
      }

      @Override
      public void streetDone(Parts street) {
        references.seen(street.areas);
        streetChecked(cursor, street);
        streets++;
      }

      @Override
      public void end() {
        endCheck(cursor);
      }
    };
  }

  /**
   * A sink that hands each community over unbuilt: the supplier builds its jurisdiction (or
   * throws a located {@link DatasetFormatException}, whatever the mode), and may be called on
   * another thread. For readers that build and check communities on a pool.
   *
   * @param cursor the cursor, for problem locations
   * @param onHeader receives the profile the file names and the county, before any community
   * @param action receives each community to build
   * @return the sink
   */
  public DatasetParser.Sink deferredSink(Cursor cursor, java.util.function.BiConsumer<Optional<String>, Area> onHeader,
      Consumer<java.util.function.Supplier<CommunitySubtree>> action) {
    return new DatasetParser.Sink() {
      @Override
      public void header(DatasetParser.Header h) {
        headerRead(cursor, h);
        countyParts();
        onHeader.accept(h.profile, h.county);
      }

      @Override
      public void community(Parts street, Parts community) {
        references.seen(community.areas);
        if (!streetChecked(cursor, street)) {
          return;
        }
        communities++;
        grids += community.grids;
        action.accept(() -> assemble(street, community, buildSubtree(cursor, street, community)));
      }

      @Override
      public void skipped(Set<String> ids) {
        references.seenIds(ids);
      }

      @Override
      public void streetDone(Parts street) {
        references.seen(street.areas);
        streetChecked(cursor, street);
        streets++;
      }

      @Override
      public void end() {
        endCheck(cursor);
      }
    };
  }

  /**
   * The header is read: the county-wide parts are checked alone, once (a problem there stops the
   * read in every mode), and their references to areas further on wait for the end of the file.
   */
  private void headerRead(Cursor cursor, DatasetParser.Header h) {
    header = h;
    references = new CountyReferences(h.context);
    Parts context = h.context;
    Set<String> here = new HashSet<>();
    context.areas.forEach(a -> here.add(a.getId()));
    Jurisdiction.Builder b = Jurisdiction.builder();
    h.asOf.ifPresent(b::asOf);
    b.addAllAreas(context.areas).addAllContacts(context.contacts).addAllFacilities(context.facilities)
        .addAllPartyMembers(context.partyMembers);
    context.organizations.stream().filter(o -> o.getAreaId().map(here::contains).orElse(true)).forEach(b::addPartyOrganizations);
    context.units.forEach(u -> b.addUnits(restrict(u, here)));
    context.propertyCompanies.forEach(p -> b.addPropertyCompanies(restrict(p, here)));
    try {
      b.build();
    } catch (JurisdictionException e) {
      throw located(cursor, e, context.marks);
    }
  }

  /**
   * Checks a street's own parts with the county's, once, before its first community (or when it
   * ends, if it has none), so that a problem of the street is reported once and not with each of
   * its communities. A bad street is skipped whole when lenient.
   *
   * @return true when the street is good
   */
  private boolean streetChecked(Cursor cursor, Parts street) {
    if (street != checkedStreet) {
      checkedStreet = street;
      streetGood = subtree(cursor, street, new Parts()).isPresent();
    }
    return streetGood;
  }

  /** At the end of the file: county-wide references to areas never read. */
  private void endCheck(Cursor cursor) {
    List<FormatProblem> missing = references.missing(cursor, header.context);
    if (missing.isEmpty()) {
      return;
    }
    if (!lenient) {
      throw new DatasetFormatException(missing, null);
    }
    missing.forEach(problems);
  }

  private CommunitySubtree assemble(Parts street, Parts community, Jurisdiction j) {
    Area communityArea = community.areas.get(community.areas.size() - 1);
    Map<String, Mark> context = header.context.marks;
    Map<String, Mark> streetMarks = street.marks;
    Map<String, Mark> communityMarks = community.marks;
    Locator locator = id -> {
      Mark m = communityMarks.get(id);
      if (m == null) {
        m = streetMarks.get(id);
      }
      if (m == null) {
        m = context.get(id);
      }
      return m == null ? Optional.empty() : Optional.of(m.toLocation());
    };
    return CommunitySubtree.builder()
        .profile(header.profile)
        .county(header.county)
        .street(street.areas.get(0))
        .community(communityArea)
        .jurisdiction(j)
        .locator(locator)
        .build();
  }

  /**
   * Builds one community's jurisdiction; empty (problems reported) when lenient and it is bad.
   *
   * <p>County-wide units and property companies come in only when they concern the subtree: a
   * unit that names the county, the street or an area of the community, or that a part of the
   * street or community names; a company that manages one of the community's compounds. Each is
   * cut down to the areas inside. Copying every county-wide part into every community would make
   * the cost of a community grow with the county.
   */
  private Optional<Jurisdiction> subtree(Cursor cursor, Parts street, Parts community) {
    try {
      return Optional.of(buildSubtree(cursor, street, community));
    } catch (DatasetFormatException located) {
      if (!lenient) {
        throw located;
      }
      located.getProblems().forEach(problems);
      return Optional.empty();
    }
  }

  /**
   * Builds one community's jurisdiction. Touches nothing but its arguments and the header, so it
   * may run on another thread once the header is read.
   *
   * @throws DatasetFormatException listing the community's structural problems, located
   */
  private Jurisdiction buildSubtree(Cursor cursor, Parts street, Parts community) {
    Set<String> inside = new HashSet<>();
    for (List<Area> areas : List.of(header.context.areas, street.areas, community.areas)) {
      areas.forEach(a -> inside.add(a.getId()));
    }
    Jurisdiction.Builder b = Jurisdiction.builder();
    header.asOf.ifPresent(b::asOf);
    Parts context = header.context;
    b.addAllAreas(context.areas)
        .addAllContacts(context.contacts)
        .addAllFacilities(context.facilities);
    for (PartyOrganization o : context.organizations) {
      if (o.getAreaId().map(inside::contains).orElse(true)) {
        b.addPartyOrganizations(o);
      }
    }
    CountyParts county = countyParts();
    Set<CoBuildingUnit> units = new java.util.LinkedHashSet<>();
    Set<PropertyCompany> companies = new java.util.LinkedHashSet<>();
    for (String id : inside) {
      units.addAll(county.unitsByArea.getOrDefault(id, List.of()));
      companies.addAll(county.companiesByCompound.getOrDefault(id, List.of()));
    }
    for (Parts parts : List.of(street, community)) {
      // An id used again inside the subtree: the unit comes in so the duplicate is reported.
      for (String id : parts.marks.keySet()) {
        CoBuildingUnit u = county.unitsById.get(id);
        if (u != null) {
          units.add(u);
        }
        PropertyCompany p = county.companiesById.get(id);
        if (p != null) {
          companies.add(p);
        }
      }
    }
    for (Parts parts : List.of(context, street, community)) {
      parts.contacts.forEach(c -> c.getUnitId().map(county.unitsById::get).ifPresent(units::add));
      parts.partyMembers.forEach(m -> m.getUnitId().map(county.unitsById::get).ifPresent(units::add));
      parts.organizations.forEach(o -> o.getUnitIds().forEach(u -> {
        CoBuildingUnit x = county.unitsById.get(u);
        if (x != null) {
          units.add(x);
        }
      }));
    }
    units.forEach(u -> b.addUnits(inside.containsAll(u.getAreaIds()) ? u : restrict(u, inside)));
    companies.forEach(p -> b.addPropertyCompanies(inside.containsAll(p.getCompoundIds()) ? p : restrict(p, inside)));
    street.addTo(b);
    community.addTo(b);
    try {
      return b.build();
    } catch (JurisdictionException e) {
      Map<String, Mark> marks = new java.util.HashMap<>(context.marks);
      marks.putAll(street.marks);
      marks.putAll(community.marks);
      throw located(cursor, e, marks);
    }
  }

  /** The county-wide units and companies, indexed once per file. */
  private CountyParts countyParts() {
    if (countyParts == null) {
      countyParts = new CountyParts(header.context);
    }
    return countyParts;
  }

  /** County-wide units by id and by the areas they name; companies by their compounds. */
  private static final class CountyParts {
    final Map<String, CoBuildingUnit> unitsById = new java.util.HashMap<>();
    final Map<String, List<CoBuildingUnit>> unitsByArea = new java.util.HashMap<>();
    final Map<String, PropertyCompany> companiesById = new java.util.HashMap<>();
    final Map<String, List<PropertyCompany>> companiesByCompound = new java.util.HashMap<>();

    CountyParts(Parts context) {
      for (CoBuildingUnit u : context.units) {
        unitsById.putIfAbsent(u.getId(), u);
        u.getAreaIds().forEach(a -> unitsByArea.computeIfAbsent(a, k -> new ArrayList<>()).add(u));
      }
      for (PropertyCompany p : context.propertyCompanies) {
        companiesById.putIfAbsent(p.getId(), p);
        p.getCompoundIds().forEach(c -> companiesByCompound.computeIfAbsent(c, k -> new ArrayList<>()).add(p));
      }
    }
  }

  private static void restrict(Parts all, Parts context, Set<String> areas) {
    all.units.removeAll(context.units);
    all.propertyCompanies.removeAll(context.propertyCompanies);
    context.units.forEach(u -> all.units.add(restrict(u, areas)));
    context.propertyCompanies.forEach(p -> all.propertyCompanies.add(restrict(p, areas)));
  }

  /** A copy of the unit that references only the given areas. */
  private static CoBuildingUnit restrict(CoBuildingUnit u, Set<String> areas) {
    return CoBuildingUnit.builder()
        .id(u.getId()).name(u.getName()).kind(u.getKind()).creditCode(u.getCreditCode())
        .addAllAreaIds(u.getAreaIds().stream().filter(areas::contains)::iterator)
        .build();
  }

  /** A copy of the company that references only the given compounds. */
  private static PropertyCompany restrict(PropertyCompany p, Set<String> areas) {
    return PropertyCompany.builder()
        .id(p.getId()).name(p.getName()).creditCode(p.getCreditCode())
        .addAllCompoundIds(p.getCompoundIds().stream().filter(areas::contains)::iterator)
        .build();
  }

  private static DatasetFormatException located(
      Cursor cursor, JurisdictionException e, Map<String, Mark> marks) {
    List<FormatProblem> out = new ArrayList<>();
    for (JurisdictionProblem p : e.getProblems()) {
      Mark m = marks.get(p.getSubjectId());
      Msg message = Msg.of("jurisdiction.problem", p.getSubjectId(), p);
      out.add(m == null ? FormatProblem.of(cursor.source(), 1, 1, "", message.render(cursor.locale())) : cursor.problemAt(m, message));
    }
    return new DatasetFormatException(out, e);
  }

}
