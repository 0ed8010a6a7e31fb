package org.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.code.ResidentIdNumber;

import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.ContactKind;
import org.jiceng.governance.core.people.Education;
import org.jiceng.governance.core.people.BuildingHeadDuty;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.people.RegisteredPartyMember;
import org.jiceng.governance.core.people.ResponsibilityContact;
import org.jiceng.governance.core.people.SocialWorkCertificate;
import org.jiceng.governance.core.people.WorkerPost;

import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.core.unit.OwnersCommittee;

import org.jiceng.governance.core.unit.ServiceFacility;


/**
 * Reads and writes the parts of the dataset format that are not areas. A part nested under an
 * area takes that area from its place ({@code impliedArea}); a part read on its own (through the
 * Jackson module) carries an {@code area} field instead. Not API.
 */
public final class PartCodec {
  private final boolean fullPersonalData;

  /**
   * Creates a codec.
   *
   * @param fullPersonalData write identity and phone numbers in full instead of masked
   */
  public PartCodec(boolean fullPersonalData) {
    this.fullPersonalData = fullPersonalData;
  }

  /** Field names in the order they are written; the {@code area} field only when not implied. */
  private static List<String> fields(String impliedArea, String... names) {
    List<String> out = new ArrayList<>(List.of(names));
    if (impliedArea == null) {
      out.add(2, "area");
    }
    return out;
  }

  /**
   * Reads the fields of one part: the {@code area} field is refused when the area is implied by
   * the part's place, and required (if {@code areaRequired}) when it is not.
   *
   * @return the mark of the part's start, for problems found when it is built
   */
  private static Mark part(Cursor c, String what, String impliedArea, boolean areaRequired,
      List<String> names, List<String> required, FieldHandler handler) {
    Mark m = c.mark();
    Set<String> seen = new HashSet<>();
    c.object(what, () -> fields(impliedArea, names.toArray(String[]::new)), f -> {
      if ("area".equals(f) && impliedArea != null) {
        return false;
      }
      seen.add(f);
      return handler.field(f);
    });
    boolean needArea = impliedArea == null && areaRequired;
    if (!seen.containsAll(required) || (needArea && !seen.contains("area"))) {
      List<String> need = new ArrayList<>(required);
      if (needArea) {
        need.add("area");
      }
      c.require(m, what, seen, need.toArray(String[]::new));
    }
    return m;
  }

  // ---------------------------------------------------------------- areas standing alone

  /**
   * Reads one area standing alone (through the Jackson module): its level and parent are fields,
   * since no nesting gives them.
   *
   * @param c the cursor on its START_OBJECT
   * @return the area
   */
  public Area readArea(Cursor c) {
    Area.Builder b = Area.builder();
    // "" as the implied area: an area has no "area" field of its own.
    Mark m = part(c, "an area", "", false,
        List.of("id", "level", "name", "parent", "divisionCode", "households", "permanentResidents", "urbanPermanentResidents", "careTags", "matters"),
        List.of("id", "level", "name"), f -> {
          switch (f) {
            case "id": b.id(c.text()); return true;
            case "level": b.level(c.enumValue(AreaLevel.class)); return true;
            case "name": b.name(c.text()); return true;
            case "parent": b.parentId(c.text()); return true;
            case "divisionCode": b.divisionCode(divisionCode(c)); return true;
            case "households": b.households(c.wholeNumber(0)); return true;
            case "permanentResidents": b.permanentResidents(c.wholeNumber(0)); return true;
            case "urbanPermanentResidents": b.urbanPermanentResidents(c.wholeNumber(0)); return true;
            case "careTags": c.array("care tags", () -> b.addCareTags(c.enumValue(CareTag.class))); return true;
            case "matters": b.addAllMatters(c.ids()); return true;
            default: return false;
          }
        });
    return c.build(m, b::build);
  }

  /**
   * Writes one area standing alone, with its level and parent.
   *
   * @param g the generator
   * @param a the area
   * @throws IOException on a write failure
   */
  public void write(JsonGenerator g, Area a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.getId());
    g.writeStringField("level", a.getLevel().name());
    g.writeStringField("name", a.getName());
    opt(g, "parent", a.getParentId());
    opt(g, "divisionCode", a.getDivisionCode().map(Object::toString));
    opt(g, "households", a.getHouseholds());
    opt(g, "permanentResidents", a.getPermanentResidents());
    opt(g, "urbanPermanentResidents", a.getUrbanPermanentResidents());
    ids(g, "matters", a.getMatters());
    if (!a.getCareTags().isEmpty()) {
      g.writeArrayFieldStart("careTags");
      for (CareTag t : a.getCareTags()) {
        g.writeString(t.name());
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- party organizations

  /**
   * Reads a party organization.
   *
   * @param c the cursor on its START_OBJECT
   * @param impliedArea the area it is built on, or null to read an optional {@code area} field
   * @return the organization
   */
  public PartyOrganization readPartyOrganization(Cursor c, String impliedArea) {
    PartyOrganization.Builder b = PartyOrganization.builder();
    Mark m = part(c, "a party organization", impliedArea, false,
        List.of("id", "kind", "name", "parent", "units", "jointAreas", "fullMembers", "probationaryMembers", "committeeSize",
            "electedOn", "termYears", "coveredHouseholds"),
        List.of("id", "kind", "name"), f -> {
          switch (f) {
            case "id": b.id(c.text()); return true;
            case "kind": b.kind(c.enumValue(PartyOrganizationKind.class)); return true;
            case "name": b.name(c.text()); return true;
            case "parent": b.parentId(c.text()); return true;
            case "area": b.areaId(c.text()); return true;
            case "units": b.addAllUnitIds(c.ids()); return true;
            case "jointAreas": b.addAllJointAreaIds(c.ids()); return true;
            case "fullMembers": b.fullMembers(c.wholeNumber(0)); return true;
            case "probationaryMembers": b.probationaryMembers(c.wholeNumber(0)); return true;
            case "committeeSize": b.committeeSize(c.wholeNumber(1)); return true;
            case "electedOn": b.electedOn(c.date()); return true;
            case "termYears": b.termYears(c.wholeNumber(1)); return true;
            case "coveredHouseholds": b.coveredHouseholds(c.wholeNumber(0)); return true;
            default: return false;
          }
        });
    if (impliedArea != null) {
      b.areaId(impliedArea);
    }
    return c.build(m, b::build);
  }

  /**
   * Writes a party organization.
   *
   * @param g the generator
   * @param o the organization
   * @param writeArea whether to write the {@code area} field
   * @throws IOException on a write failure
   */
  public void write(JsonGenerator g, PartyOrganization o, boolean writeArea) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", o.getId());
    g.writeStringField("kind", o.getKind().name());
    g.writeStringField("name", o.getName());
    if (writeArea) {
      opt(g, "area", o.getAreaId());
    }
    opt(g, "parent", o.getParentId());
    ids(g, "units", o.getUnitIds());
    ids(g, "jointAreas", o.getJointAreaIds());
    g.writeNumberField("fullMembers", o.getFullMembers());
    g.writeNumberField("probationaryMembers", o.getProbationaryMembers());
    opt(g, "committeeSize", o.getCommitteeSize());
    date(g, "electedOn", o.getElectedOn());
    opt(g, "termYears", o.getTermYears());
    opt(g, "coveredHouseholds", o.getCoveredHouseholds());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- community workers

  /**
   * Reads a community worker.
   *
   * @param c the cursor on its START_OBJECT
   * @param impliedArea the community (or street), or null to require an {@code area} field
   * @return the worker
   */
  public CommunityWorker readCommunityWorker(Cursor c, String impliedArea) {
    CommunityWorker.Builder b = CommunityWorker.builder();
    Mark m = part(c, "a community worker", impliedArea, true,
        List.of("id", "name", "post", "grade", "certificate", "birthYear", "education", "secretary", "director",
            "reserveCandidate", "identityNumber", "phone"),
        List.of("id", "name"), f -> {
          switch (f) {
            case "id": b.id(c.text()); return true;
            case "name": b.name(c.text()); return true;
            case "area": b.areaId(c.text()); return true;
            case "post": b.post(c.enumValue(WorkerPost.class)); return true;
            case "grade": b.grade(c.wholeNumber(1)); return true;
            case "certificate": b.certificate(c.enumValue(SocialWorkCertificate.class)); return true;
            case "birthYear": b.birthYear(c.wholeNumber(1900)); return true;
            case "education": b.education(c.enumValue(Education.class)); return true;
            case "secretary": b.secretary(c.bool()); return true;
            case "director": b.director(c.bool()); return true;
            case "reserveCandidate": b.reserveCandidate(c.bool()); return true;
            case "identityNumber": identity(c).ifPresent(b::identityNumber); return true;
            case "phone": b.phone(c.text()); return true;
            default: return false;
          }
        });
    if (impliedArea != null) {
      b.areaId(impliedArea);
    }
    return c.build(m, b::build);
  }

  /**
   * Writes a community worker.
   *
   * @param g the generator
   * @param w the worker
   * @param writeArea whether to write the {@code area} field
   * @throws IOException on a write failure
   */
  public void write(JsonGenerator g, CommunityWorker w, boolean writeArea) throws IOException {
    head(g, w.getId(), w.getName(), writeArea ? Optional.of(w.getAreaId()) : Optional.empty());
    g.writeStringField("post", w.getPost().name());
    opt(g, "grade", w.getGrade());
    g.writeStringField("certificate", w.getCertificate().name());
    opt(g, "birthYear", w.getBirthYear());
    if (w.getEducation().isPresent()) {
      g.writeStringField("education", w.getEducation().get().name());
    }
    g.writeBooleanField("secretary", w.isSecretary());
    g.writeBooleanField("director", w.isDirector());
    g.writeBooleanField("reserveCandidate", w.isReserveCandidate());
    personal(g, w.getIdentityNumber(), w.getPhone());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- grid workers

  /**
   * Reads a grid worker.
   *
   * @param c the cursor on its START_OBJECT
   * @param impliedArea the grid, micro-grid or building, or null to require an {@code area} field
   * @return the worker
   */
  public GridWorker readGridWorker(Cursor c, String impliedArea) {
    GridWorker.Builder b = GridWorker.builder();
    Mark m = part(c, "a grid worker", impliedArea, true, List.of("id", "name", "role", "duty", "identityNumber", "phone"),
        List.of("id", "name", "role"), f -> {
          switch (f) {
            case "id": b.id(c.text()); return true;
            case "name": b.name(c.text()); return true;
            case "area": b.areaId(c.text()); return true;
            case "role": b.role(c.enumValue(GridWorkerRole.class)); return true;
            case "duty": b.duty(c.enumValue(BuildingHeadDuty.class)); return true;
            case "identityNumber": identity(c).ifPresent(b::identityNumber); return true;
            case "phone": b.phone(c.text()); return true;
            default: return false;
          }
        });
    if (impliedArea != null) {
      b.areaId(impliedArea);
    }
    return c.build(m, b::build);
  }

  /**
   * Writes a grid worker.
   *
   * @param g the generator
   * @param w the worker
   * @param writeArea whether to write the {@code area} field
   * @throws IOException on a write failure
   */
  public void write(JsonGenerator g, GridWorker w, boolean writeArea) throws IOException {
    head(g, w.getId(), w.getName(), writeArea ? Optional.of(w.getAreaId()) : Optional.empty());
    g.writeStringField("role", w.getRole().name());
    if (w.getDuty().isPresent()) {
      g.writeStringField("duty", w.getDuty().get().name());
    }
    personal(g, w.getIdentityNumber(), w.getPhone());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- registered party members

  /**
   * Reads a registered in-service party member.
   *
   * @param c the cursor on its START_OBJECT
   * @param impliedArea the area registered with, or null to require an {@code area} field
   * @return the member
   */
  public RegisteredPartyMember readPartyMember(Cursor c, String impliedArea) {
    RegisteredPartyMember.Builder b = RegisteredPartyMember.builder();
    Mark m = part(c, "a registered party member", impliedArea, true, List.of("id", "name", "unit", "registeredOn", "probationary"),
        List.of("id", "name"), f -> {
          switch (f) {
            case "id": b.id(c.text()); return true;
            case "name": b.name(c.text()); return true;
            case "area": b.areaId(c.text()); return true;
            case "unit": b.unitId(c.text()); return true;
            case "registeredOn": b.registeredOn(c.date()); return true;
            case "probationary": b.probationary(c.bool()); return true;
            default: return false;
          }
        });
    if (impliedArea != null) {
      b.areaId(impliedArea);
    }
    return c.build(m, b::build);
  }

  /**
   * Writes a registered party member.
   *
   * @param g the generator
   * @param p the member
   * @param writeArea whether to write the {@code area} field
   * @throws IOException on a write failure
   */
  public void write(JsonGenerator g, RegisteredPartyMember p, boolean writeArea) throws IOException {
    head(g, p.getId(), p.getName(), writeArea ? Optional.of(p.getAreaId()) : Optional.empty());
    opt(g, "unit", p.getUnitId());
    date(g, "registeredOn", p.getRegisteredOn());
    g.writeBooleanField("probationary", p.isProbationary());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- contacts

  /**
   * Reads a responsibility contact.
   *
   * @param c the cursor on its START_OBJECT
   * @param impliedArea the area, or null to require an {@code area} field
   * @return the contact
   */
  public ResponsibilityContact readContact(Cursor c, String impliedArea) {
    ResponsibilityContact.Builder b = ResponsibilityContact.builder();
    Mark m = part(c, "a responsibility contact", impliedArea, true, List.of("id", "name", "kind", "unit"),
        List.of("id", "name", "kind"), f -> {
          switch (f) {
            case "id": b.id(c.text()); return true;
            case "name": b.name(c.text()); return true;
            case "area": b.areaId(c.text()); return true;
            case "kind": b.kind(c.enumValue(ContactKind.class)); return true;
            case "unit": b.unitId(c.text()); return true;
            default: return false;
          }
        });
    if (impliedArea != null) {
      b.areaId(impliedArea);
    }
    return c.build(m, b::build);
  }

  /**
   * Writes a responsibility contact.
   *
   * @param g the generator
   * @param x the contact
   * @param writeArea whether to write the {@code area} field
   * @throws IOException on a write failure
   */
  public void write(JsonGenerator g, ResponsibilityContact x, boolean writeArea) throws IOException {
    head(g, x.getId(), x.getName(), writeArea ? Optional.of(x.getAreaId()) : Optional.empty());
    g.writeStringField("kind", x.getKind().name());
    opt(g, "unit", x.getUnitId());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- facilities

  /**
   * Reads a service facility.
   *
   * @param c the cursor on its START_OBJECT
   * @param impliedArea the area served, or null to require an {@code area} field
   * @return the facility
   */
  public ServiceFacility readFacility(Cursor c, String impliedArea) {
    ServiceFacility.Builder b = ServiceFacility.builder();
    Mark m = part(c, "a service facility", impliedArea, true, List.of("id", "name", "kind", "floorArea"),
        List.of("id", "name", "kind", "floorArea"), f -> {
          switch (f) {
            case "id": b.id(c.text()); return true;
            case "name": b.name(c.text()); return true;
            case "area": b.areaId(c.text()); return true;
            case "kind": b.kind(c.enumValue(FacilityKind.class)); return true;
            case "floorArea": b.floorArea(c.nonNegativeNumber()); return true;
            default: return false;
          }
        });
    if (impliedArea != null) {
      b.areaId(impliedArea);
    }
    return c.build(m, b::build);
  }

  /**
   * Writes a service facility.
   *
   * @param g the generator
   * @param x the facility
   * @param writeArea whether to write the {@code area} field
   * @throws IOException on a write failure
   */
  public void write(JsonGenerator g, ServiceFacility x, boolean writeArea) throws IOException {
    head(g, x.getId(), x.getName(), writeArea ? Optional.of(x.getAreaId()) : Optional.empty());
    g.writeStringField("kind", x.getKind().name());
    g.writeNumberField("floorArea", x.getFloorArea());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- owners' committees

  /**
   * Reads an owners' committee.
   *
   * @param c the cursor on its START_OBJECT
   * @param impliedCompound the compound, or null to require a {@code compound} field
   * @return the committee
   */
  public OwnersCommittee readOwnersCommittee(Cursor c, String impliedCompound) {
    Mark m = c.mark();
    OwnersCommittee.Builder b = OwnersCommittee.builder();
    Set<String> seen = new HashSet<>();
    List<String> known = new ArrayList<>(List.of("id", "name", "members", "partyMembers", "electedOn"));
    if (impliedCompound == null) {
      known.add(2, "compound");
    }
    c.object("an owners' committee", known, f -> {
      seen.add(f);
      switch (f) {
        case "id": b.id(c.text()); return true;
        case "name": b.name(c.text()); return true;
        case "compound": if (impliedCompound != null) { return false; } b.compoundId(c.text()); return true;
        case "members": b.members(c.wholeNumber(0)); return true;
        case "partyMembers": b.partyMembers(c.wholeNumber(0)); return true;
        case "electedOn": b.electedOn(c.date()); return true;
        default: return false;
      }
    });
    c.require(m, "an owners' committee", seen, impliedCompound == null ? new String[] {"id", "name", "compound"} : new String[] {"id", "name"});
    if (impliedCompound != null) {
      b.compoundId(impliedCompound);
    }
    return c.build(m, b::build);
  }

  /**
   * Writes an owners' committee.
   *
   * @param g the generator
   * @param x the committee
   * @param writeCompound whether to write the {@code compound} field
   * @throws IOException on a write failure
   */
  public void write(JsonGenerator g, OwnersCommittee x, boolean writeCompound) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", x.getId());
    g.writeStringField("name", x.getName());
    if (writeCompound) {
      g.writeStringField("compound", x.getCompoundId());
    }
    g.writeNumberField("members", x.getMembers());
    g.writeNumberField("partyMembers", x.getPartyMembers());
    date(g, "electedOn", x.getElectedOn());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- shared pieces

  /**
   * Reads a division code.
   *
   * @param c the cursor on the value
   * @return the code
   */
  public static DivisionCode divisionCode(Cursor c) {
    return c.code("statistical division code", DivisionCode::parse);
  }

  private static Optional<ResidentIdNumber> identity(Cursor c) {
    String text = c.residentIdText();
    return text == null ? Optional.empty() : Optional.of(c.code("resident identity number", ResidentIdNumber::parse));
  }

  private void personal(JsonGenerator g, Optional<ResidentIdNumber> id, Optional<String> phone) throws IOException {
    if (id.isPresent()) {
      g.writeStringField("identityNumber", fullPersonalData ? id.get().toFullString() : id.get().getMasked());
    }
    if (phone.isPresent()) {
      g.writeStringField("phone", fullPersonalData ? phone.get() : maskPhone(phone.get()));
    }
  }

  /**
   * Masks a phone number: the first 3 and the last 4 characters stay, the rest become stars.
   *
   * @param phone the number
   * @return the masked number
   */
  public static String maskPhone(String phone) {
    if (phone.length() <= 7) {
      return "*".repeat(phone.length());
    }
    return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
  }

  /** Starts a part's object with its id, name and (when it stands alone) its area. */
  private static void head(JsonGenerator g, String id, String name, Optional<String> area) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeStringField("name", name);
    opt(g, "area", area);
  }

  static void opt(JsonGenerator g, String name, Optional<String> v) throws IOException {
    FormatIo.optional(g, name, v);
  }

  static void opt(JsonGenerator g, String name, OptionalInt v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.getAsInt());
    }
  }

  static void date(JsonGenerator g, String name, Optional<LocalDate> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get().toString());
    }
  }

  static void ids(JsonGenerator g, String name, Iterable<String> ids) throws IOException {
    var it = ids.iterator();
    if (!it.hasNext()) {
      return;
    }
    g.writeArrayFieldStart(name);
    while (it.hasNext()) {
      g.writeString(it.next());
    }
    g.writeEndArray();
  }
}
