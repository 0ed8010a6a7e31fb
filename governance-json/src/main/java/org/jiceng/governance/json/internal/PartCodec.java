package org.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.area.CareTag;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.code.ResidentIdNumber;
import org.jiceng.governance.core.code.UnifiedSocialCreditCode;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.BuildingHeadDuty;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.ContactKind;
import org.jiceng.governance.core.people.Education;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.people.RegisteredPartyMember;
import org.jiceng.governance.core.people.ResponsibilityContact;
import org.jiceng.governance.core.people.SocialWorkCertificate;
import org.jiceng.governance.core.people.WorkerPost;
import org.jiceng.governance.core.unit.CoBuildingUnit;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.core.unit.OwnersCommittee;
import org.jiceng.governance.core.unit.PropertyCompany;
import org.jiceng.governance.core.unit.ServiceFacility;
import org.jiceng.governance.core.unit.UnitKind;

/**
 * Reads and writes the parts of the dataset format that are not areas nested in the tree: each
 * kind of part is one {@link PartTable} below, which names each field once. A part nested under an
 * area takes that area from its place ({@code implied}); a part read on its own (through the
 * Jackson module) carries an {@code area} field instead. Co-building units and property companies
 * are county-wide: they name the areas they serve and hold no personal data. Not API.
 */
public final class PartCodec {
  static final PartTable<Area.Builder, Area> AREA = PartTable.of(Msg.of("what.area"), null, Area::builder, Area.Builder::build)
      .text("id", true, Area.Builder::id, Area::getId)
      .constant("level", true, AreaLevel.class, Area.Builder::level, Area::getLevel)
      .text("name", true, Area.Builder::name, Area::getName)
      .optText("parent", Area.Builder::parentId, Area::getParentId)
      .field("divisionCode", false, (c, b) -> b.divisionCode(divisionCode(c)),
          (g, a, full) -> FormatIo.optional(g, "divisionCode", a.getDivisionCode().map(Object::toString)))
      .optCount("households", 0, Area.Builder::households, Area::getHouseholds)
      .optCount("permanentResidents", 0, Area.Builder::permanentResidents, Area::getPermanentResidents)
      .optCount("urbanPermanentResidents", 0, Area.Builder::urbanPermanentResidents, Area::getUrbanPermanentResidents)
      .ids("matters", Area.Builder::addAllMatters, Area::getMatters)
      .field("careTags", false, (c, b) -> c.array(Msg.of("what.care-tags"), () -> b.addCareTags(c.enumValue(CareTag.class))), (g, a, full) -> {
        if (!a.getCareTags().isEmpty()) {
          g.writeArrayFieldStart("careTags");
          for (CareTag t : a.getCareTags()) {
            g.writeString(t.name());
          }
          g.writeEndArray();
        }
      })
      .done();

  static final PartTable<PartyOrganization.Builder, PartyOrganization> PARTY_ORGANIZATION = PartTable.of(
          Msg.of("what.party-organization"), "partyOrganization", PartyOrganization::builder, PartyOrganization.Builder::build)
      .text("id", true, PartyOrganization.Builder::id, PartyOrganization::getId)
      .constant("kind", true, PartyOrganizationKind.class, PartyOrganization.Builder::kind, PartyOrganization::getKind)
      .text("name", true, PartyOrganization.Builder::name, PartyOrganization::getName)
      .context("area", false, PartyOrganization.Builder::areaId, PartyOrganization::getAreaId)
      .optText("parent", PartyOrganization.Builder::parentId, PartyOrganization::getParentId)
      .ids("units", PartyOrganization.Builder::addAllUnitIds, PartyOrganization::getUnitIds)
      .ids("jointAreas", PartyOrganization.Builder::addAllJointAreaIds, PartyOrganization::getJointAreaIds)
      .count("fullMembers", 0, PartyOrganization.Builder::fullMembers, PartyOrganization::getFullMembers)
      .count("probationaryMembers", 0, PartyOrganization.Builder::probationaryMembers, PartyOrganization::getProbationaryMembers)
      .optCount("committeeSize", 1, PartyOrganization.Builder::committeeSize, PartyOrganization::getCommitteeSize)
      .date("electedOn", PartyOrganization.Builder::electedOn, PartyOrganization::getElectedOn)
      .optCount("termYears", 1, PartyOrganization.Builder::termYears, PartyOrganization::getTermYears)
      .optCount("coveredHouseholds", 0, PartyOrganization.Builder::coveredHouseholds, PartyOrganization::getCoveredHouseholds)
      .done();

  static final PartTable<CommunityWorker.Builder, CommunityWorker> COMMUNITY_WORKER = PartTable.of(
          Msg.of("what.community-worker"), "communityWorker", CommunityWorker::builder, CommunityWorker.Builder::build)
      .text("id", true, CommunityWorker.Builder::id, CommunityWorker::getId)
      .text("name", true, CommunityWorker.Builder::name, CommunityWorker::getName)
      .context("area", true, CommunityWorker.Builder::areaId, w -> Optional.of(w.getAreaId()))
      .constant("post", false, WorkerPost.class, CommunityWorker.Builder::post, CommunityWorker::getPost)
      .optCount("grade", 1, CommunityWorker.Builder::grade, CommunityWorker::getGrade)
      .constant("certificate", false, SocialWorkCertificate.class, CommunityWorker.Builder::certificate, CommunityWorker::getCertificate)
      .optCount("birthYear", 1900, CommunityWorker.Builder::birthYear, CommunityWorker::getBirthYear)
      .optConstant("education", Education.class, CommunityWorker.Builder::education, CommunityWorker::getEducation)
      .flag("secretary", CommunityWorker.Builder::secretary, CommunityWorker::isSecretary)
      .flag("director", CommunityWorker.Builder::director, CommunityWorker::isDirector)
      .flag("reserveCandidate", CommunityWorker.Builder::reserveCandidate, CommunityWorker::isReserveCandidate)
      .field("identityNumber", false, (c, b) -> identity(c).ifPresent(b::identityNumber),
          (g, w, full) -> identity(g, w.getIdentityNumber(), full))
      .field("phone", false, (c, b) -> b.phone(c.text()), (g, w, full) -> phone(g, w.getPhone(), full))
      .done();

  static final PartTable<GridWorker.Builder, GridWorker> GRID_WORKER = PartTable.of(
          Msg.of("what.grid-worker"), "gridWorker", GridWorker::builder, GridWorker.Builder::build)
      .text("id", true, GridWorker.Builder::id, GridWorker::getId)
      .text("name", true, GridWorker.Builder::name, GridWorker::getName)
      .context("area", true, GridWorker.Builder::areaId, w -> Optional.of(w.getAreaId()))
      .constant("role", true, GridWorkerRole.class, GridWorker.Builder::role, GridWorker::getRole)
      .optConstant("duty", BuildingHeadDuty.class, GridWorker.Builder::duty, GridWorker::getDuty)
      .field("identityNumber", false, (c, b) -> identity(c).ifPresent(b::identityNumber),
          (g, w, full) -> identity(g, w.getIdentityNumber(), full))
      .field("phone", false, (c, b) -> b.phone(c.text()), (g, w, full) -> phone(g, w.getPhone(), full))
      .done();

  static final PartTable<RegisteredPartyMember.Builder, RegisteredPartyMember> PARTY_MEMBER = PartTable.of(
          Msg.of("what.party-member"), "partyMember", RegisteredPartyMember::builder, RegisteredPartyMember.Builder::build)
      .text("id", true, RegisteredPartyMember.Builder::id, RegisteredPartyMember::getId)
      .text("name", true, RegisteredPartyMember.Builder::name, RegisteredPartyMember::getName)
      .context("area", true, RegisteredPartyMember.Builder::areaId, p -> Optional.of(p.getAreaId()))
      .optText("unit", RegisteredPartyMember.Builder::unitId, RegisteredPartyMember::getUnitId)
      .date("registeredOn", RegisteredPartyMember.Builder::registeredOn, RegisteredPartyMember::getRegisteredOn)
      .flag("probationary", RegisteredPartyMember.Builder::probationary, RegisteredPartyMember::isProbationary)
      .done();

  static final PartTable<ResponsibilityContact.Builder, ResponsibilityContact> CONTACT = PartTable.of(
          Msg.of("what.contact"), "contact", ResponsibilityContact::builder, ResponsibilityContact.Builder::build)
      .text("id", true, ResponsibilityContact.Builder::id, ResponsibilityContact::getId)
      .text("name", true, ResponsibilityContact.Builder::name, ResponsibilityContact::getName)
      .context("area", true, ResponsibilityContact.Builder::areaId, x -> Optional.of(x.getAreaId()))
      .constant("kind", true, ContactKind.class, ResponsibilityContact.Builder::kind, ResponsibilityContact::getKind)
      .optText("unit", ResponsibilityContact.Builder::unitId, ResponsibilityContact::getUnitId)
      .done();

  static final PartTable<ServiceFacility.Builder, ServiceFacility> FACILITY = PartTable.of(
          Msg.of("what.facility"), "facility", ServiceFacility::builder, ServiceFacility.Builder::build)
      .text("id", true, ServiceFacility.Builder::id, ServiceFacility::getId)
      .text("name", true, ServiceFacility.Builder::name, ServiceFacility::getName)
      .context("area", true, ServiceFacility.Builder::areaId, x -> Optional.of(x.getAreaId()))
      .constant("kind", true, FacilityKind.class, ServiceFacility.Builder::kind, ServiceFacility::getKind)
      .field("floorArea", true, (c, b) -> b.floorArea(c.nonNegativeNumber()), (g, x, full) -> g.writeNumberField("floorArea", x.getFloorArea()))
      .done();

  static final PartTable<OwnersCommittee.Builder, OwnersCommittee> OWNERS_COMMITTEE = PartTable.of(
          Msg.of("what.owners-committee"), "ownersCommittee", OwnersCommittee::builder, OwnersCommittee.Builder::build)
      .text("id", true, OwnersCommittee.Builder::id, OwnersCommittee::getId)
      .text("name", true, OwnersCommittee.Builder::name, OwnersCommittee::getName)
      .context("compound", true, OwnersCommittee.Builder::compoundId, x -> Optional.of(x.getCompoundId()))
      .count("members", 0, OwnersCommittee.Builder::members, OwnersCommittee::getMembers)
      .count("partyMembers", 0, OwnersCommittee.Builder::partyMembers, OwnersCommittee::getPartyMembers)
      .date("electedOn", OwnersCommittee.Builder::electedOn, OwnersCommittee::getElectedOn)
      .done();

  static final PartTable<CoBuildingUnit.Builder, CoBuildingUnit> UNIT = PartTable.of(
          Msg.of("what.co-building-unit"), "unit", CoBuildingUnit::builder, CoBuildingUnit.Builder::build)
      .text("id", true, CoBuildingUnit.Builder::id, CoBuildingUnit::getId)
      .text("name", true, CoBuildingUnit.Builder::name, CoBuildingUnit::getName)
      .field("creditCode", false, (c, b) -> b.creditCode(creditCode(c)),
          (g, u, full) -> FormatIo.optional(g, "creditCode", u.getCreditCode().map(Object::toString)))
      .constant("kind", false, UnitKind.class, CoBuildingUnit.Builder::kind, CoBuildingUnit::getKind)
      .ids("areas", CoBuildingUnit.Builder::addAllAreaIds, CoBuildingUnit::getAreaIds)
      .done();

  static final PartTable<PropertyCompany.Builder, PropertyCompany> PROPERTY_COMPANY = PartTable.of(
          Msg.of("what.property-company"), "propertyCompany", PropertyCompany::builder, PropertyCompany.Builder::build)
      .text("id", true, PropertyCompany.Builder::id, PropertyCompany::getId)
      .text("name", true, PropertyCompany.Builder::name, PropertyCompany::getName)
      .field("creditCode", false, (c, b) -> b.creditCode(creditCode(c)),
          (g, p, full) -> FormatIo.optional(g, "creditCode", p.getCreditCode().map(Object::toString)))
      .ids("compounds", PropertyCompany.Builder::addAllCompoundIds, PropertyCompany::getCompoundIds)
      .done();

  private final boolean fullPersonalData;

  /**
   * Creates a codec.
   *
   * @param fullPersonalData write identity and phone numbers in full instead of masked
   */
  public PartCodec(boolean fullPersonalData) {
    this.fullPersonalData = fullPersonalData;
  }

  /**
   * Returns every part's table, for the schema test.
   *
   * @return the tables
   */
  public static List<PartTable<?, ?>> tables() {
    return List.of(AREA, PARTY_ORGANIZATION, COMMUNITY_WORKER, GRID_WORKER, PARTY_MEMBER, CONTACT, FACILITY, OWNERS_COMMITTEE,
        UNIT, PROPERTY_COMPANY);
  }

  /**
   * Reads one area standing alone (through the Jackson module): its level and parent are fields,
   * since no nesting gives them.
   *
   * @param c the cursor on its START_OBJECT
   * @return the area
   */
  public Area readArea(Cursor c) {
    return AREA.read(c, null);
  }

  /**
   * Writes one area standing alone, with its level and parent.
   *
   * @param g the generator
   * @param a the area
   * @throws IOException on a write failure
   */
  public void write(JsonGenerator g, Area a) throws IOException {
    AREA.write(g, a, false, fullPersonalData);
  }

  /**
   * Reads a party organization.
   *
   * @param c the cursor on its START_OBJECT
   * @param impliedArea the area it is built on, or null to read an optional {@code area} field
   * @return the organization
   */
  public PartyOrganization readPartyOrganization(Cursor c, String impliedArea) {
    return PARTY_ORGANIZATION.read(c, impliedArea);
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
    PARTY_ORGANIZATION.write(g, o, writeArea, fullPersonalData);
  }

  /**
   * Reads a community worker.
   *
   * @param c the cursor on its START_OBJECT
   * @param impliedArea the community (or street), or null to require an {@code area} field
   * @return the worker
   */
  public CommunityWorker readCommunityWorker(Cursor c, String impliedArea) {
    return COMMUNITY_WORKER.read(c, impliedArea);
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
    COMMUNITY_WORKER.write(g, w, writeArea, fullPersonalData);
  }

  /**
   * Reads a grid worker.
   *
   * @param c the cursor on its START_OBJECT
   * @param impliedArea the grid, micro-grid or building, or null to require an {@code area} field
   * @return the worker
   */
  public GridWorker readGridWorker(Cursor c, String impliedArea) {
    return GRID_WORKER.read(c, impliedArea);
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
    GRID_WORKER.write(g, w, writeArea, fullPersonalData);
  }

  /**
   * Reads a registered in-service party member.
   *
   * @param c the cursor on its START_OBJECT
   * @param impliedArea the area registered with, or null to require an {@code area} field
   * @return the member
   */
  public RegisteredPartyMember readPartyMember(Cursor c, String impliedArea) {
    return PARTY_MEMBER.read(c, impliedArea);
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
    PARTY_MEMBER.write(g, p, writeArea, fullPersonalData);
  }

  /**
   * Reads a responsibility contact.
   *
   * @param c the cursor on its START_OBJECT
   * @param impliedArea the area, or null to require an {@code area} field
   * @return the contact
   */
  public ResponsibilityContact readContact(Cursor c, String impliedArea) {
    return CONTACT.read(c, impliedArea);
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
    CONTACT.write(g, x, writeArea, fullPersonalData);
  }

  /**
   * Reads a service facility.
   *
   * @param c the cursor on its START_OBJECT
   * @param impliedArea the area served, or null to require an {@code area} field
   * @return the facility
   */
  public ServiceFacility readFacility(Cursor c, String impliedArea) {
    return FACILITY.read(c, impliedArea);
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
    FACILITY.write(g, x, writeArea, fullPersonalData);
  }

  /**
   * Reads an owners' committee.
   *
   * @param c the cursor on its START_OBJECT
   * @param impliedCompound the compound, or null to require a {@code compound} field
   * @return the committee
   */
  public OwnersCommittee readOwnersCommittee(Cursor c, String impliedCompound) {
    return OWNERS_COMMITTEE.read(c, impliedCompound);
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
    OWNERS_COMMITTEE.write(g, x, writeCompound, fullPersonalData);
  }

  /**
   * Reads a co-building unit (county-wide: it names the areas it serves).
   *
   * @param c the cursor on its START_OBJECT
   * @return the unit
   */
  public CoBuildingUnit readUnit(Cursor c) {
    return UNIT.read(c, null);
  }

  /**
   * Writes a co-building unit.
   *
   * @param g the generator
   * @param u the unit
   * @throws IOException on a write failure
   */
  public void write(JsonGenerator g, CoBuildingUnit u) throws IOException {
    UNIT.write(g, u, false, fullPersonalData);
  }

  /**
   * Reads a property company (county-wide: it names the compounds it manages).
   *
   * @param c the cursor on its START_OBJECT
   * @return the company
   */
  public PropertyCompany readPropertyCompany(Cursor c) {
    return PROPERTY_COMPANY.read(c, null);
  }

  /**
   * Writes a property company.
   *
   * @param g the generator
   * @param p the company
   * @throws IOException on a write failure
   */
  public void write(JsonGenerator g, PropertyCompany p) throws IOException {
    PROPERTY_COMPANY.write(g, p, false, fullPersonalData);
  }

  // ---------------------------------------------------------------- shared pieces

  private static final Msg DIVISION_CODE = Msg.of("code.division");
  private static final Msg CREDIT_CODE = Msg.of("code.credit");
  private static final Msg RESIDENT_ID = Msg.of("code.resident-id");

  /**
   * Reads a division code.
   *
   * @param c the cursor on the value
   * @return the code
   */
  public static DivisionCode divisionCode(Cursor c) {
    return CodeValues.code(c, DIVISION_CODE, DivisionCode::parse);
  }

  private static UnifiedSocialCreditCode creditCode(Cursor c) {
    return CodeValues.code(c, CREDIT_CODE, UnifiedSocialCreditCode::parse);
  }

  private static Optional<ResidentIdNumber> identity(Cursor c) {
    String text = CodeValues.residentIdText(c);
    return text == null ? Optional.empty() : Optional.of(CodeValues.code(c, RESIDENT_ID, ResidentIdNumber::parse));
  }

  private static void identity(JsonGenerator g, Optional<ResidentIdNumber> id, boolean full) throws IOException {
    if (id.isPresent()) {
      g.writeStringField("identityNumber", full ? id.get().toFullString() : id.get().getMasked());
    }
  }

  private static void phone(JsonGenerator g, Optional<String> phone, boolean full) throws IOException {
    if (phone.isPresent()) {
      g.writeStringField("phone", full ? phone.get() : maskPhone(phone.get()));
    }
  }

  /**
   * Masks a phone number: the first 3 and the last 4 characters stay, the rest become stars.
   *
   * @param phone the number
   * @return the masked number
   */
  private static String maskPhone(String phone) {
    if (phone.length() <= 7) {
      return "*".repeat(phone.length());
    }
    return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
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
