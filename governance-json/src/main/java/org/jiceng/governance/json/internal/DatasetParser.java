package org.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.json.DatasetFormatException;
import org.jiceng.governance.json.FormatProblem;

/**
 * Reads the {@code jiceng.dataset/1} format token by token and hands each community, with its
 * street and the county-wide context, to a sink. Memory holds one community at a time, plus the
 * county-wide and street-wide parts. Not API.
 */
public final class DatasetParser {
  /** The format name this parser reads. */
  public static final String FORMAT = org.jiceng.governance.json.DatasetFormat.FORMAT;

  /** Receives what the parser reads. */
  public interface Sink {
    /**
     * Receives the header once, before any street.
     *
     * @param header the metadata and the county-wide parts
     */
    void header(Header header);

    /**
     * Receives one community.
     *
     * @param street the street's area and street-wide parts (the street area is the first area)
     * @param community the community subtree (the community area is the last area)
     */
    void community(Parts street, Parts community);

    /**
     * Receives the street-wide parts once the street is read, after its communities.
     *
     * @param street the street parts
     */
    void streetDone(Parts street);

    /**
     * Receives the ids of a community skipped for a format problem (lenient mode): those read
     * before the problem and every {@code "id"} named in the rest of it.
     *
     * @param ids the ids the skipped community names
     */
    default void skipped(Set<String> ids) {}

    /** Called once the document has been read to its end. */
    default void end() {}
  }

  /** The top of the document: everything before {@code streets}. */
  static final class Header {
    Optional<String> profile = Optional.empty();
    Optional<LocalDate> asOf = Optional.empty();
    final Parts context = new Parts();
    Area county;
  }

  private static final List<String> ROOT_FIELDS =
      List.of("format", "profile", "asOf", "county", "units", "propertyCompanies", "partyOrganizations", "streets");
  private static final List<String> AREA_FIELDS =
      List.of("id", "name", "divisionCode", "households", "permanentResidents", "urbanPermanentResidents");

  private final Cursor c;
  private final PartCodec codec = new PartCodec(true);
  private final boolean lenient;
  private final Consumer<FormatProblem> problems;
  private final String format;

  /**
   * Creates a parser of {@value #FORMAT} documents.
   *
   * @param cursor the cursor before the first token
   * @param lenient collect problems of a community and go on to the next one
   * @param problems receives the problems collected in lenient mode
   */
  public DatasetParser(Cursor cursor, boolean lenient, Consumer<FormatProblem> problems) {
    this(cursor, lenient, problems, FORMAT);
  }

  /**
   * Creates a parser of documents laid out as {@value #FORMAT} whose {@code format} member
   * names another format ({@code jiceng.community/1}: one community with its context).
   *
   * @param cursor the cursor before the first token
   * @param lenient collect problems of a community and go on to the next one
   * @param problems receives the problems collected in lenient mode
   * @param format the format name the document must carry
   */
  public DatasetParser(Cursor cursor, boolean lenient, Consumer<FormatProblem> problems, String format) {
    this.c = cursor;
    this.lenient = lenient;
    this.problems = problems;
    this.format = format;
  }

  /**
   * Reads the whole document.
   *
   * @param sink receives the header and each community
   */
  public void parse(Sink sink) {
    c.next();
    parseValue(sink);
    if (c.next() != null) {
      throw c.fail("trailing");
    }
  }

  /**
   * Reads the document object at the current token, leaving the cursor on its END_OBJECT; for
   * a dataset embedded in a larger JSON value.
   *
   * @param sink receives the header and each community
   */
  public void parseValue(Sink sink) {
    if (c.token() != JsonToken.START_OBJECT) {
      throw c.expected("what.object", Msg.of("what.document", format));
    }
    Mark start = c.mark();
    Header header = new Header();
    Set<String> seen = new HashSet<>();
    boolean streetsRead = false;
    while (c.next() == JsonToken.FIELD_NAME) {
      String name = c.currentName();
      if (streetsRead) {
        throw c.fail("dataset.after-streets", name);
      }
      c.next();
      seen.add(name);
      switch (name) {
        case "format":
          if (c.token() != JsonToken.VALUE_STRING || !format.equals(c.text())) {
            throw c.expected(Msg.literal("\"" + format + "\""));
          }
          break;
        case "profile":
          header.profile = Optional.of(c.text());
          break;
        case "asOf":
          header.asOf = Optional.of(c.date());
          break;
        case "county":
          header.county = readCounty(header.context);
          break;
        case "units":
          c.array(Msg.of("what.co-building-units"), () -> {
            Mark m = c.mark();
            var u = codec.readUnit(c);
            header.context.marks.put(u.getId(), m);
            header.context.units.add(u);
          });
          break;
        case "propertyCompanies":
          c.array(Msg.of("what.property-companies"), () -> {
            Mark m = c.mark();
            var p = codec.readPropertyCompany(c);
            header.context.marks.put(p.getId(), m);
            header.context.propertyCompanies.add(p);
          });
          break;
        case "partyOrganizations":
          c.array(Msg.of("what.party-organizations"), () -> {
            Mark m = c.mark();
            var o = codec.readPartyOrganization(c, null);
            header.context.marks.put(o.getId(), m);
            header.context.organizations.add(o);
          });
          break;
        case "streets":
          c.require(start, Msg.of("what.document", format), seen, "format", "county");
          sink.header(header);
          c.array(Msg.of("what.streets"), () -> readStreet(header.county.getId(), sink));
          streetsRead = true;
          break;
        default:
          c.unknown(name, ROOT_FIELDS);
      }
    }
    if (!streetsRead) {
      c.require(start, Msg.of("what.document", format), seen, "format", "county");
      sink.header(header);
    }
    sink.end();
  }

  private Area readCounty(Parts into) {
    Mark m = c.mark();
    String id = firstId(COUNTY);
    into.marks.put(id, m);
    Area.Builder b = Area.builder().id(id).level(AreaLevel.COUNTY);
    Set<String> seen = new HashSet<>(Set.of("id"));
    List<String> known = members(AreaLevel.COUNTY);
    while (c.next() == JsonToken.FIELD_NAME) {
      String f = c.currentName();
      c.next();
      seen.add(f);
      if (!areaField(b, f) && !partField(AreaLevel.COUNTY, id, f, into)) {
        c.unknown(f, known);
      }
    }
    c.require(m, COUNTY, seen, "name");
    Area county = c.build(m, b::build);
    into.areas.add(county);
    return county;
  }

  private void readStreet(String countyId, Sink sink) {
    Mark m = c.mark();
    Parts street = new Parts();
    String id = firstId(AREAS.get(AreaLevel.STREET));
    street.marks.put(id, m);
    Area.Builder b = Area.builder().id(id).level(AreaLevel.STREET).parentId(countyId);
    Set<String> seen = new HashSet<>(Set.of("id"));
    List<String> known = new java.util.ArrayList<>(members(AreaLevel.STREET));
    known.add("communities");
    Area area = null;
    boolean communitiesRead = false;
    while (c.next() == JsonToken.FIELD_NAME) {
      String f = c.currentName();
      if (communitiesRead) {
        throw c.fail("dataset.after-communities", f);
      }
      c.next();
      seen.add(f);
      if ("communities".equals(f)) {
        c.require(m, AREAS.get(AreaLevel.STREET), seen, "name");
        area = c.build(m, b::build);
        street.areas.add(0, area);
        c.array(Msg.of("what.communities"), () -> readCommunity(id, street, sink));
        communitiesRead = true;
      } else if (!areaField(b, f) && !partField(AreaLevel.STREET, id, f, street)) {
        c.unknown(f, known);
      }
    }
    if (area == null) {
      c.require(m, AREAS.get(AreaLevel.STREET), seen, "name");
      street.areas.add(0, c.build(m, b::build));
    }
    sink.streetDone(street);
  }

  private void readCommunity(String streetId, Parts street, Sink sink) {
    int depth = c.depth();
    Parts community = new Parts();
    try {
      readArea(AreaLevel.COMMUNITY, streetId, community);
    } catch (DatasetFormatException e) {
      if (!lenient || c.isFatal()) {
        throw e;
      }
      e.getProblems().forEach(problems);
      // Skip the rest of the community, keeping the ids it names: a county-wide reference to one
      // of them is not reported as dangling (the community was skipped, not missing).
      Set<String> ids = new HashSet<>(community.marks.keySet());
      while (c.depth() >= depth && c.next() != null) {
        if (c.token() == JsonToken.FIELD_NAME && "id".equals(c.currentName()) && c.next() == JsonToken.VALUE_STRING) {
          ids.add(c.string());
        }
      }
      sink.skipped(ids);
      return;
    }
    sink.community(street, community);
  }

  private String firstId(Msg what) {
    if (c.token() != JsonToken.START_OBJECT) {
      throw c.expected("what.object", what);
    }
    if (c.next() != JsonToken.FIELD_NAME || !"id".equals(c.currentName())) {
      throw c.expected("what.id-first", what);
    }
    c.next();
    return c.text();
  }

  private static final Map<AreaLevel, Map<String, AreaLevel>> CHILDREN =
      Map.of(
          AreaLevel.COMMUNITY, Map.of("compounds", AreaLevel.COMPOUND, "grids", AreaLevel.GRID, "buildings", AreaLevel.BUILDING, "householdList", AreaLevel.HOUSEHOLD),
          AreaLevel.COMPOUND, Map.of("grids", AreaLevel.GRID, "buildings", AreaLevel.BUILDING, "householdList", AreaLevel.HOUSEHOLD),
          AreaLevel.GRID, Map.of("microGrids", AreaLevel.MICRO_GRID, "buildings", AreaLevel.BUILDING, "householdList", AreaLevel.HOUSEHOLD),
          AreaLevel.MICRO_GRID, Map.of("buildings", AreaLevel.BUILDING, "householdList", AreaLevel.HOUSEHOLD),
          AreaLevel.BUILDING, Map.of("householdList", AreaLevel.HOUSEHOLD),
          AreaLevel.HOUSEHOLD, Map.of());

  /** The member names an area of a level may have, in the order the writer writes them. */
  public static List<String> members(AreaLevel level) {
    List<String> out = new java.util.ArrayList<>(AREA_FIELDS);
    if (level == AreaLevel.HOUSEHOLD) {
      out.add("careTags");
      return out;
    }
    if (level == AreaLevel.GRID || level == AreaLevel.MICRO_GRID) {
      out.add("matters");
    }
    for (String part : PARTS) {
      if (partAllowed(level, part)) {
        out.add(part);
      }
    }
    for (String child : List.of("compounds", "grids", "microGrids", "buildings", "householdList")) {
      if (CHILDREN.getOrDefault(level, Map.of()).containsKey(child)) {
        out.add(child);
      }
    }
    return out;
  }

  private static final Msg CARE_TAGS = Msg.of("what.care-tags");

  private static final List<String> PARTS =
      List.of("partyOrganizations", "communityWorkers", "gridWorkers", "partyMembers", "contacts", "facilities", "ownersCommittees");

  static boolean partAllowed(AreaLevel level, String part) {
    switch (part) {
      case "partyOrganizations":
      case "contacts":
      case "facilities":
        return level != AreaLevel.HOUSEHOLD;
      case "communityWorkers":
        return level == AreaLevel.STREET || level == AreaLevel.COMMUNITY;
      case "gridWorkers":
        return EnumSet.of(AreaLevel.GRID, AreaLevel.MICRO_GRID, AreaLevel.BUILDING).contains(level);
      case "partyMembers":
        return level != AreaLevel.HOUSEHOLD;
      case "ownersCommittees":
        return level == AreaLevel.COMPOUND;
      default:
        return false;
    }
  }

  /** What an area of each level is called in messages ("a micro-grid"). */
  private static final Map<AreaLevel, Msg> AREAS = areas();

  private static final Msg COUNTY = Msg.of("what.the-county");

  private static Map<AreaLevel, Msg> areas() {
    Map<AreaLevel, Msg> out = new java.util.EnumMap<>(AreaLevel.class);
    for (AreaLevel level : AreaLevel.values()) {
      out.put(level, Msg.of("what.area." + level.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    }
    return out;
  }

  private void readArea(AreaLevel level, String parentId, Parts into) {
    Mark m = c.mark();
    Msg what = AREAS.get(level);
    String id = firstId(what);
    into.marks.put(id, m);
    Area.Builder b = Area.builder().id(id).level(level).parentId(parentId);
    Set<String> seen = new HashSet<>(Set.of("id"));
    Map<String, AreaLevel> children = CHILDREN.get(level);
    while (c.next() == JsonToken.FIELD_NAME) {
      String f = c.currentName();
      c.next();
      seen.add(f);
      AreaLevel childLevel = children.get(f);
      if (childLevel != null) {
        c.array(Msg.literal(f), () -> readArea(childLevel, id, into));
      } else if (level == AreaLevel.HOUSEHOLD && "careTags".equals(f)) {
        c.array(CARE_TAGS, () -> b.addCareTags(c.enumValue(CareTag.class)));
      } else if ((level == AreaLevel.GRID || level == AreaLevel.MICRO_GRID) && "matters".equals(f)) {
        b.addAllMatters(c.ids());
      } else if (!areaField(b, f) && !partField(level, id, f, into)) {
        c.unknown(f, members(level));
      }
    }
    c.require(m, what, seen, "name");
    into.areas.add(c.build(m, b::build));
    if (level == AreaLevel.GRID) {
      into.grids++;
    }
  }

  private boolean areaField(Area.Builder b, String f) {
    switch (f) {
      case "name": b.name(c.text()); return true;
      case "divisionCode": b.divisionCode(PartCodec.divisionCode(c)); return true;
      case "households": b.households(c.wholeNumber(0)); return true;
      case "permanentResidents": b.permanentResidents(c.wholeNumber(0)); return true;
      case "urbanPermanentResidents": b.urbanPermanentResidents(c.wholeNumber(0)); return true;
      default: return false;
    }
  }

  private boolean partField(AreaLevel level, String areaId, String f, Parts into) {
    if (!partAllowed(level, f)) {
      return false;
    }
    c.array(Msg.literal(f), () -> {
      Mark m = c.mark();
      String id;
      switch (f) {
        case "partyOrganizations": { var x = codec.readPartyOrganization(c, areaId); into.organizations.add(x); id = x.getId(); break; }
        case "communityWorkers": { var x = codec.readCommunityWorker(c, areaId); into.communityWorkers.add(x); id = x.getId(); break; }
        case "gridWorkers": { var x = codec.readGridWorker(c, areaId); into.gridWorkers.add(x); id = x.getId(); break; }
        case "partyMembers": { var x = codec.readPartyMember(c, areaId); into.partyMembers.add(x); id = x.getId(); break; }
        case "contacts": { var x = codec.readContact(c, areaId); into.contacts.add(x); id = x.getId(); break; }
        case "facilities": { var x = codec.readFacility(c, areaId); into.facilities.add(x); id = x.getId(); break; }
        case "ownersCommittees": { var x = codec.readOwnersCommittee(c, areaId); into.ownersCommittees.add(x); id = x.getId(); break; }
        default: throw new IllegalStateException("unhandled part field " + f);
      }
      into.marks.put(id, m);
    });
    return true;
  }
}
