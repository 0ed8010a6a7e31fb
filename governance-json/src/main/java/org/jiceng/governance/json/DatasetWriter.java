package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.RegisteredPartyMember;
import org.jiceng.governance.core.people.ResponsibilityContact;
import org.jiceng.governance.core.unit.OwnersCommittee;
import org.jiceng.governance.core.unit.ServiceFacility;
import org.jiceng.governance.json.internal.DatasetParser;
import org.jiceng.governance.json.internal.PartCodec;

/**
 * Writes a jurisdiction in the {@code jiceng.dataset/1} format, nested county → streets →
 * communities → …, members in the order {@link DatasetReader} needs to stream it back.
 * {@code read(write(x))} equals {@code x} when personal data is written in full.
 *
 * <p>Resident identity numbers and phone numbers are written masked ({@code
 * 110105********002X}, {@code 139****1234}) unless {@link #withPersonalDataInFull(boolean)} says
 * otherwise; a masked identity number reads back as absent.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DatasetWriter {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final boolean fullPersonalData;
  private final boolean pretty;
  /** The profile id the document names in its {@code profile} field; empty names none. */
  private final Optional<String> profile;

  private DatasetWriter(boolean fullPersonalData, boolean pretty, Optional<String> profile) {
    this.fullPersonalData = fullPersonalData;
    this.pretty = pretty;
    this.profile = profile;
  }

  /**
   * Returns a writer that masks personal data, pretty-prints and names no profile.
   *
   * @return the writer
   */
  public static DatasetWriter standard() {
    return new DatasetWriter(false, true, Optional.empty());
  }

  /**
   * Returns a copy that writes identity and phone numbers in full (or masked).
   *
   * @param full true to write personal data in full
   * @return the writer
   */
  public DatasetWriter withPersonalDataInFull(boolean full) {
    return new DatasetWriter(full, pretty, profile);
  }

  /**
   * Returns a copy that pretty-prints (or writes compactly).
   *
   * @param prettyPrint true to indent
   * @return the writer
   */
  public DatasetWriter withPrettyPrint(boolean prettyPrint) {
    return new DatasetWriter(fullPersonalData, prettyPrint, profile);
  }

  /**
   * Returns a copy that names a standards profile in the document's {@code profile} field, so
   * that a validator can pick the profile from the file.
   *
   * @param profileId the profile id, not null or blank
   * @return the writer
   * @throws IllegalArgumentException if the id is blank
   */
  public DatasetWriter withProfile(String profileId) {
    requireNonNull(profileId, "profileId");
    if (profileId.isBlank()) {
      throw new IllegalArgumentException("A profile id must not be blank");
    }
    return new DatasetWriter(fullPersonalData, pretty, Optional.of(profileId));
  }

  /**
   * Returns a copy that names no profile (the document has no {@code profile} field).
   *
   * @return the writer
   */
  public DatasetWriter withoutProfile() {
    return new DatasetWriter(fullPersonalData, pretty, Optional.empty());
  }

  /**
   * Returns the profile the documents name.
   *
   * @return the profile id, empty when none is named
   */
  public Optional<String> getProfile() {
    return profile;
  }

  /**
   * Writes a dataset to a file, replacing it.
   *
   * @param jurisdiction the jurisdiction, rooted at a county, not null
   * @param file the file, not null
   */
  public void write(Jurisdiction jurisdiction, Path file) {
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(jurisdiction, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes a dataset as UTF-8 to a stream, which is flushed, not closed.
   *
   * @param jurisdiction the jurisdiction, rooted at a county, not null
   * @param out the stream, not null
   * @throws IllegalArgumentException if the jurisdiction's root is not a county
   */
  public void write(Jurisdiction jurisdiction, OutputStream out) {
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(out, "out");
    checkCountyRoot(jurisdiction);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      new Run(jurisdiction, g).document(DatasetParser.FORMAT, profile);
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the dataset: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a dataset as one JSON value to a generator (for embedding, and for the Jackson
   * module).
   *
   * @param jurisdiction the jurisdiction, rooted at a county, not null
   * @param g the generator, not null
   * @throws IOException on a write failure
   * @throws IllegalArgumentException if the jurisdiction's root is not a county
   */
  public void write(Jurisdiction jurisdiction, JsonGenerator g) throws IOException {
    requireNonNull(jurisdiction, "jurisdiction");
    checkCountyRoot(jurisdiction);
    new Run(jurisdiction, requireNonNull(g, "g")).document(DatasetParser.FORMAT, profile);
  }

  /**
   * Writes a jurisdiction as one document laid out as {@code jiceng.dataset/1} under another
   * format name, on one line (no pretty printing), for {@link CommunityLinesFormat}.
   */
  void writeAs(String format, Jurisdiction jurisdiction, JsonGenerator g) throws IOException {
    checkCountyRoot(jurisdiction);
    new Run(jurisdiction, g).document(format, profile);
  }

  private static void checkCountyRoot(Jurisdiction jurisdiction) {
    if (jurisdiction.getRoot().getLevel() != AreaLevel.COUNTY) {
      throw new IllegalArgumentException(
          "The dataset format needs a county at the root, found the "
              + jurisdiction.getRoot().getLevel()
              + " '"
              + jurisdiction.getRoot().getId()
              + "'");
    }
  }

  /**
   * Writes a dataset to a string.
   *
   * @param jurisdiction the jurisdiction, rooted at a county, not null
   * @return the JSON text
   */
  public String writeToString(Jurisdiction jurisdiction) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(jurisdiction, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Starts writing a dataset one street and one community at a time, for data that does not fit
   * in memory: {@code county} holds the county and its county-wide parts, each {@link
   * Sequence#street} a jurisdiction holding the street, each {@link Sequence#community} one
   * holding the community's subtree. The output is what {@link #write} would write for the whole.
   *
   * <pre>{@code
   * try (DatasetWriter.Sequence s = DatasetWriter.standard().withProfile("cn-national").open(countyOnly, out)) {
   *   s.street(streetSubtree, "s1");
   *   s.community(communitySubtree, "c1");
   * }
   * }</pre>
   *
   * @param county a jurisdiction rooted at the county, with the county-wide parts, not null
   * @param out the stream, not null; flushed, not closed, by {@link Sequence#close()}
   * @return the sequence
   */
  public Sequence open(Jurisdiction county, OutputStream out) {
    requireNonNull(county, "county");
    requireNonNull(out, "out");
    checkCountyRoot(county);
    try {
      JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      new Run(county, g).head(DatasetParser.FORMAT, profile);
      return new Sequence(g);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the dataset: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a synthetic county as a stream, one community at a time, in constant memory whatever
   * its size; the file names the generator's profile. The same generator gives the same bytes.
   *
   * @param generator the generator, not null
   * @param out the stream, not null; flushed, not closed
   */
  public void write(org.jiceng.governance.rules.scenario.SyntheticJurisdictions generator, OutputStream out) {
    requireNonNull(generator, "generator");
    try (Sequence s = withProfile(generator.getProfile().getId()).open(generator.county(), out)) {
      int street = -1;
      for (int c = 0; c < generator.getCommunities(); c++) {
        int st = generator.streetOf(c);
        if (st != street) {
          street = st;
          s.street(generator.street(st), generator.streetId(st));
        }
        s.community(generator.community(c), generator.communityId(c));
      }
    }
  }

  /** A dataset being written one street and one community at a time. Not thread-safe. */
  public final class Sequence implements java.io.Closeable {
    private final JsonGenerator g;
    private boolean inStreet;
    private boolean closed;

    private Sequence(JsonGenerator g) {
      this.g = g;
    }

    /**
     * Starts the next street (ending the one before): its fields and street-wide parts.
     *
     * @param j a jurisdiction holding the street, not null
     * @param streetId the street's id, not null
     * @throws IllegalArgumentException if {@code j} has no such street
     */
    public void street(Jurisdiction j, String streetId) {
      Area street = j.getArea(requireNonNull(streetId, "streetId")).filter(a -> a.getLevel() == AreaLevel.STREET)
          .orElseThrow(() -> new IllegalArgumentException("No street '" + streetId + "' in the jurisdiction"));
      try {
        endStreet();
        new Run(j, g).areaHead(street);
        g.writeArrayFieldStart("communities");
        inStreet = true;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the dataset: " + e.getMessage(), e);
      }
    }

    /**
     * Writes one community of the current street, with everything inside it.
     *
     * @param j a jurisdiction holding the community's subtree, not null
     * @param communityId the community's id, not null
     * @throws IllegalStateException before the first street
     * @throws IllegalArgumentException if {@code j} has no such community
     */
    public void community(Jurisdiction j, String communityId) {
      if (!inStreet) {
        throw new IllegalStateException("A community needs a street first");
      }
      Area c = j.getArea(requireNonNull(communityId, "communityId")).filter(a -> a.getLevel() == AreaLevel.COMMUNITY)
          .orElseThrow(() -> new IllegalArgumentException("No community '" + communityId + "' in the jurisdiction"));
      try {
        new Run(j, g).area(c);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the dataset: " + e.getMessage(), e);
      }
    }

    private void endStreet() throws IOException {
      if (inStreet) {
        g.writeEndArray();
        g.writeEndObject();
        inStreet = false;
      }
    }

    /** Ends the document and flushes the stream (which stays open). */
    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      try {
        endStreet();
        g.writeEndArray();
        g.writeEndObject();
        g.close();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the dataset: " + e.getMessage(), e);
      }
    }
  }

  /** One write: the jurisdiction's parts grouped by the area they hang under. */
  private final class Run {
    private final Jurisdiction j;
    private final JsonGenerator g;
    private final PartCodec codec = new PartCodec(fullPersonalData);
    private final ImmutableListMultimap<String, CommunityWorker> workers;
    private final ImmutableListMultimap<String, GridWorker> gridWorkers;
    private final ImmutableListMultimap<String, RegisteredPartyMember> members;
    private final ImmutableListMultimap<String, OwnersCommittee> committees;

    Run(Jurisdiction j, JsonGenerator g) {
      this.j = j;
      this.g = g;
      workers = Multimaps.index(j.getCommunityWorkers(), CommunityWorker::getAreaId);
      gridWorkers = Multimaps.index(j.getGridWorkers(), GridWorker::getAreaId);
      members = Multimaps.index(j.getPartyMembers(), RegisteredPartyMember::getAreaId);
      committees = Multimaps.index(j.getOwnersCommittees(), OwnersCommittee::getCompoundId);
    }

    void document(String format, Optional<String> profile) throws IOException {
      head(format, profile);
      for (Area street : j.getChildren(j.getRoot().getId())) {
        area(street);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    /** Everything before the first street, ending inside the {@code streets} array. */
    void head(String format, Optional<String> profile) throws IOException {
      g.writeStartObject();
      g.writeStringField("format", format);
      if (profile.isPresent()) {
        g.writeStringField("profile", profile.get());
      }
      if (j.getAsOf().isPresent()) {
        g.writeStringField("asOf", j.getAsOf().get().toString());
      }
      g.writeFieldName("county");
      area(j.getRoot());
      if (!j.getUnits().isEmpty()) {
        g.writeArrayFieldStart("units");
        for (var u : j.getUnits()) {
          codec.write(g, u);
        }
        g.writeEndArray();
      }
      if (!j.getPropertyCompanies().isEmpty()) {
        g.writeArrayFieldStart("propertyCompanies");
        for (var p : j.getPropertyCompanies()) {
          codec.write(g, p);
        }
        g.writeEndArray();
      }
      List<PartyOrganization> unattached =
          j.getPartyOrganizations().stream().filter(o -> o.getAreaId().isEmpty()).collect(java.util.stream.Collectors.toList());
      if (!unattached.isEmpty()) {
        g.writeArrayFieldStart("partyOrganizations");
        for (PartyOrganization o : unattached) {
          codec.write(g, o, false);
        }
        g.writeEndArray();
      }
      g.writeArrayFieldStart("streets");
    }

    void area(Area a) throws IOException {
      if (areaHead(a)) {
        children("communities", a, AreaLevel.COMMUNITY);
        children("compounds", a, AreaLevel.COMPOUND);
        children("grids", a, AreaLevel.GRID);
        children("microGrids", a, AreaLevel.MICRO_GRID);
        children("buildings", a, AreaLevel.BUILDING);
        children("householdList", a, AreaLevel.HOUSEHOLD);
        g.writeEndObject();
      }
    }

    /** Writes an area's start, fields and parts; true when its children and end are left to write. */
    boolean areaHead(Area a) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", a.getId());
      g.writeStringField("name", a.getName());
      if (a.getDivisionCode().isPresent()) {
        g.writeStringField("divisionCode", a.getDivisionCode().get().toString());
      }
      count("households", a.getHouseholds());
      count("permanentResidents", a.getPermanentResidents());
      count("urbanPermanentResidents", a.getUrbanPermanentResidents());
      if (a.getLevel() == AreaLevel.HOUSEHOLD) {
        if (!a.getCareTags().isEmpty()) {
          g.writeArrayFieldStart("careTags");
          for (CareTag t : a.getCareTags()) {
            g.writeString(t.name());
          }
          g.writeEndArray();
        }
        g.writeEndObject();
        return false;
      }
      if (!a.getMatters().isEmpty()) {
        g.writeArrayFieldStart("matters");
        for (String m : a.getMatters()) {
          g.writeString(m);
        }
        g.writeEndArray();
      }
      String id = a.getId();
      parts("partyOrganizations", j.getPartyOrganizationsOn(id), o -> codec.write(g, o, false));
      parts("communityWorkers", workers.get(id), w -> codec.write(g, w, false));
      parts("gridWorkers", gridWorkers.get(id), w -> codec.write(g, w, false));
      parts("partyMembers", members.get(id), m -> codec.write(g, m, false));
      parts("contacts", j.getContactsOf(id), (ResponsibilityContact c) -> codec.write(g, c, false));
      parts("facilities", j.getFacilitiesOf(id), (ServiceFacility f) -> codec.write(g, f, false));
      parts("ownersCommittees", committees.get(id), c -> codec.write(g, c, false));
      if (a.getLevel() == AreaLevel.COUNTY) {
        g.writeEndObject();
        return false;
      }
      return true;
    }

    private void count(String name, java.util.OptionalInt v) throws IOException {
      if (v.isPresent()) {
        g.writeNumberField(name, v.getAsInt());
      }
    }

    private void children(String name, Area parent, AreaLevel level) throws IOException {
      List<Area> kids = j.getChildren(parent.getId());
      if (kids.stream().noneMatch(k -> k.getLevel() == level)) {
        return;
      }
      g.writeArrayFieldStart(name);
      for (Area k : kids) {
        if (k.getLevel() == level) {
          area(k);
        }
      }
      g.writeEndArray();
    }

    private <T> void parts(String name, List<T> items, PartWriter<T> w) throws IOException {
      if (items.isEmpty()) {
        return;
      }
      g.writeArrayFieldStart(name);
      for (T item : items) {
        w.write(item);
      }
      g.writeEndArray();
    }
  }

  @FunctionalInterface
  private interface PartWriter<T> {
    void write(T item) throws IOException;
  }
}
