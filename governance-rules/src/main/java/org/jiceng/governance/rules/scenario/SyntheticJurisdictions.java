package org.jiceng.governance.rules.scenario;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.code.ResidentIdNumber;
import org.jiceng.governance.core.code.UnifiedSocialCreditCode;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.party.PartyOrganizationKind;
import org.jiceng.governance.core.people.BuildingHeadDuty;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.ContactKind;
import org.jiceng.governance.core.people.Education;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.GridWorkerRole;
import org.jiceng.governance.core.people.ResponsibilityContact;
import org.jiceng.governance.core.people.SocialWorkCertificate;
import org.jiceng.governance.core.people.WorkerPost;
import org.jiceng.governance.core.unit.CoBuildingUnit;
import org.jiceng.governance.core.unit.FacilityKind;
import org.jiceng.governance.core.unit.ServiceFacility;
import org.jiceng.governance.core.unit.UnitKind;
import org.jiceng.governance.rules.internal.EngineArgumentException;
import org.jiceng.governance.rules.profile.GridCell;
import org.jiceng.governance.rules.profile.IntRange;
import org.jiceng.governance.rules.profile.Parameters;
import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * Synthetic counties of any size for scale tests, benchmarks and research: seeded and
 * deterministic, sized from a profile's own parameters, with a controllable share of communities
 * that break one rule.
 *
 * <p>A county has streets of up to {@link Builder#communitiesPerStreet} communities; each
 * community 1,000–3,000 households in a compound and grids sized inside the profile's {@code
 * grid.households} range (micro-grids inside {@code grid.micro-households} where the profile has
 * one), with one full-time grid worker a grid, buildings and their heads where the profile asks,
 * the party cells its {@code party.grid-cell} chain asks for and a community organization whose
 * kind matches its membership, community workers at the profile's ratio (grades valid in its
 * grade system, one reserve candidate, the secretary also the director), a party-mass service
 * centre large enough for the households and the profile's facility tiers, the responsibility
 * contacts the profile requires, and identity and phone numbers on grid workers (valid, random:
 * personal-data handling is exercised at scale).
 *
 * <p>Every community is generated on its own from the seed and its index, so {@link
 * #community(int)} can be called in any order, from any thread, and always gives the same
 * subtree; a writer streams a county of millions of grids in constant memory.
 *
 * <pre>{@code
 * SyntheticJurisdictions g = SyntheticJurisdictions.builder().profile(BuiltInProfiles.get("cn-national"))
 *     .communities(10_000).seed(7).violationRate(0.05).build();
 * for (int c = 0; c < g.getCommunities(); c++) {
 *   Jurisdiction subtree = g.community(c);    // county, its street, this community
 * }
 * }</pre>
 */
public final class SyntheticJurisdictions {
  /** What a community that breaks a rule breaks: one of these, chosen by the seed. */
  public enum Violation {
    /** A grid above the profile's household range ({@code grid.households-range}). */
    OVERSIZED_GRID,
    /** A grid without its full-time worker ({@code grid.full-time-worker}). */
    NO_FULL_TIME_WORKER,
    /** No party-mass service centre ({@code places.center-min-area}, {@code places.tiers}). */
    NO_CENTER,
    /** No reserve candidate ({@code staffing.reserve-candidates}). */
    NO_RESERVE_CANDIDATE,
    /** A grade outside the grade system, where the profile has one ({@code staffing.grade-valid}). */
    BAD_GRADE
  }

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final LocalDate ELECTED = LocalDate.of(2023, 6, 1);

  private final StandardsProfile profile;
  private final long seed;
  private final int communities;
  private final int perStreet;
  private final double violationRate;
  private final String countyCode;
  private final int units;

  private SyntheticJurisdictions(Builder b) {
    this.profile = b.profile;
    this.seed = b.seed;
    this.communities = b.communities;
    this.perStreet = b.perStreet;
    this.violationRate = b.violationRate;
    this.countyCode = b.countyCode;
    this.units = Math.max(1, Math.min(200, communities / 10));
  }

  /**
   * Returns a builder: 100 communities, seed 1, no violation, 50 communities a street, county
   * code 211324.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the profile the data is sized for.
   *
   * @return the profile
   */
  public StandardsProfile getProfile() {
    return profile;
  }

  /**
   * Returns the number of communities.
   *
   * @return the count
   */
  public int getCommunities() {
    return communities;
  }

  /**
   * Returns the number of streets.
   *
   * @return the count
   */
  public int getStreets() {
    return (communities + perStreet - 1) / perStreet;
  }

  /**
   * Returns the index of the street a community belongs to.
   *
   * @param community the community's index, 0 to {@link #getCommunities()} - 1
   * @return the street's index
   */
  public int streetOf(int community) {
    checkCommunity(community);
    return community / perStreet;
  }

  /**
   * Returns the county with its county-wide parts (the co-building units).
   *
   * @return a jurisdiction holding the county and its units
   */
  public Jurisdiction county() {
    Jurisdiction.Builder b = Jurisdiction.builder().asOf(AS_OF).addAreas(countyArea());
    addUnits(b);
    return b.build();
  }

  /**
   * Returns a street with its working committee, under the county.
   *
   * @param street the street's index
   * @return a jurisdiction holding the county, its units and the street
   */
  public Jurisdiction street(int street) {
    if (street < 0 || street >= getStreets()) {
      throw new IllegalArgumentException("street must be 0.." + (getStreets() - 1) + ", found " + street);
    }
    Jurisdiction.Builder b = Jurisdiction.builder().asOf(AS_OF).addAreas(countyArea());
    addUnits(b);
    addStreet(b, street);
    return b.build();
  }

  /**
   * Returns one community with everything inside it, under its street and the county.
   *
   * @param community the community's index
   * @return a jurisdiction holding the county, its units, the street and the community
   */
  public Jurisdiction community(int community) {
    checkCommunity(community);
    Jurisdiction.Builder b = Jurisdiction.builder().asOf(AS_OF).addAreas(countyArea());
    addUnits(b);
    int street = community / perStreet;
    addStreet(b, street);
    new CommunityMaker(b, community, street).make();
    return b.build();
  }

  /**
   * Returns the id a community gets.
   *
   * @param community the community's index
   * @return the id
   */
  public String communityId(int community) {
    checkCommunity(community);
    return String.format("c%06d", community + 1);
  }

  /**
   * Returns the id a street gets.
   *
   * @param street the street's index
   * @return the id
   */
  public String streetId(int street) {
    return String.format("s%04d", street + 1);
  }

  /**
   * Returns the violation a community carries, if it was chosen to break a rule.
   *
   * @param community the community's index
   * @return the violation, empty when the community is clean
   */
  public java.util.Optional<Violation> violationOf(int community) {
    checkCommunity(community);
    SplittableRandom r = random(community);
    if (r.nextDouble() >= violationRate) {
      return java.util.Optional.empty();
    }
    Violation[] all = Violation.values();
    return java.util.Optional.of(all[r.nextInt(all.length)]);
  }

  /**
   * Returns the whole county in memory (for small sizes: tests, examples).
   *
   * @return the jurisdiction
   */
  public Jurisdiction toJurisdiction() {
    Jurisdiction.Builder b = Jurisdiction.builder().asOf(AS_OF).addAreas(countyArea());
    addUnits(b);
    for (int s = 0; s < getStreets(); s++) {
      addStreet(b, s);
    }
    for (int c = 0; c < communities; c++) {
      new CommunityMaker(b, c, c / perStreet).make();
    }
    return b.build();
  }

  private void checkCommunity(int community) {
    if (community < 0 || community >= communities) {
      throw new IllegalArgumentException("community must be 0.." + (communities - 1) + ", found " + community);
    }
  }

  private SplittableRandom random(int community) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + community * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL);
  }

  private Area countyArea() {
    return Area.builder().id("county").level(AreaLevel.COUNTY).name("合成县")
        .divisionCode(DivisionCode.parse(countyCode + "000000")).build();
  }

  private void addUnits(Jurisdiction.Builder b) {
    UnitKind[] kinds = UnitKind.values();
    for (int u = 0; u < units; u++) {
      String first17 = String.format("91%s%09d", countyCode, 10_000_000 + u * 7919).substring(0, 17);
      b.addUnits(CoBuildingUnit.builder().id(String.format("u%03d", u + 1)).name("共建单位" + (u + 1))
          .kind(kinds[u % kinds.length])
          .creditCode(UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacter(first17)))
          .build());
    }
  }

  private void addStreet(Jurisdiction.Builder b, int street) {
    String id = streetId(street);
    b.addAreas(Area.builder().id(id).level(AreaLevel.STREET).name("第" + (street + 1) + "街道").parentId("county")
        .divisionCode(DivisionCode.parse(String.format("%s%03d000", countyCode, street % 99 + 1))).build());
    b.addPartyOrganizations(PartyOrganization.builder().id(id + "-wc").kind(PartyOrganizationKind.WORKING_COMMITTEE)
        .name("第" + (street + 1) + "街道党工委").areaId(id).fullMembers(9).committeeSize(7).electedOn(ELECTED).build());
  }

  /** Makes one community. */
  private final class CommunityMaker {
    private final Jurisdiction.Builder b;
    private final int index;
    private final int street;
    private final SplittableRandom r;
    private final Violation violation;
    private final String id;

    CommunityMaker(Jurisdiction.Builder b, int index, int street) {
      this.b = b;
      this.index = index;
      this.street = street;
      this.violation = violationOf(index).orElse(null);
      // violationOf() consumed the first draws of the same stream: start after them.
      this.r = random(index).split();
      this.id = communityId(index);
    }

    void make() {
      int households = 1000 + r.nextInt(2001);
      IntRange gridRange = profile.get(Parameters.GRID_HOUSEHOLDS).orElse(IntRange.of(300, 500));
      int target = (gridRange.getMin() + gridRange.getMax()) / 2;
      int grids = Math.max(1, (int) Math.round(households / (double) target));
      // Households spread evenly, then clamped into the range: the community's total follows.
      int per = Math.max(gridRange.getMin(), Math.min(gridRange.getMax(), households / grids));
      households = per * grids;
      int residents = households * 26 / 10;
      String streetId = streetId(street);
      b.addAreas(Area.builder().id(id).level(AreaLevel.COMMUNITY).name(String.format("社区%06d", index + 1)).parentId(streetId)
          .divisionCode(DivisionCode.parse(String.format("%s%03d%03d", countyCode, street % 99 + 1, index % perStreet % 199 + 1)))
          .permanentResidents(residents).urbanPermanentResidents(residents).build());
      String compound = id + "-x1";
      b.addAreas(Area.builder().id(compound).level(AreaLevel.COMPOUND).name("小区1").parentId(id).build());
      workers(residents);
      facilities(households, compound);
      contacts();
      List<PartyOrganization> cells = new ArrayList<>();
      int members = party(grids, per, compound, cells);
      boolean leadsBranches = cells.stream().anyMatch(o -> o.getKind() == PartyOrganizationKind.BRANCH);
      communityOrganization(members, leadsBranches, streetId);
    }

    private void workers(int residents) {
      double per10k = profile.get(Parameters.WORKERS_PER_10K).orElse(18.0);
      int staff = (int) Math.ceil(residents * per10k / 10_000) + 1;
      if (residents < profile.get(Parameters.SMALL_COMMUNITY_RESIDENTS).orElse(0)) {
        staff = Math.max(staff, profile.get(Parameters.SMALL_COMMUNITY_MIN_WORKERS).orElse(0));
      }
      double certificateShare = profile.get(Parameters.CERTIFICATE_SHARE_MIN).orElse(0.0);
      int holders = (int) Math.ceil(staff * certificateShare);
      int reserves = profile.get(Parameters.RESERVE_CANDIDATES_MIN).orElse(1);
      if (violation == Violation.NO_RESERVE_CANDIDATE) {
        reserves = 0;
      }
      for (int w = 0; w < staff; w++) {
        WorkerPost post = w == 0 ? WorkerPost.PRINCIPAL : w < 3 ? WorkerPost.DEPUTY : WorkerPost.STAFF;
        int grade = w == 0 ? 10 : w < 3 ? 7 : 3;
        if (violation == Violation.BAD_GRADE && w == staff - 1) {
          grade = 30;
        }
        b.addCommunityWorkers(CommunityWorker.builder().id(id + "-w" + (w + 1)).name("社区工作者" + (w + 1)).areaId(id)
            .post(post).grade(grade).birthYear(1975 + r.nextInt(25))
            .education(w < 3 ? Education.BACHELOR : Education.JUNIOR_COLLEGE)
            .certificate(w < holders ? (w == 0 ? SocialWorkCertificate.INTERMEDIATE : SocialWorkCertificate.ASSISTANT) : SocialWorkCertificate.NONE)
            .secretary(w == 0).director(w == 0).reserveCandidate(w >= 1 && w <= reserves)
            .phone(phone()).build());
      }
    }

    private void facilities(int households, String compound) {
      if (violation != Violation.NO_CENTER) {
        double per100 = profile.get(Parameters.FACILITY_AREA_PER_100).orElse(0.0);
        double min = profile.get(Parameters.CENTER_MIN_AREA).orElse(0.0);
        double area = Math.ceil(Math.max(min, households / 100.0 * per100) + 10);
        b.addFacilities(ServiceFacility.builder().id(id + "-center").name("党群服务中心").kind(FacilityKind.CENTER).areaId(id)
            .floorArea(area).build());
      }
      Set<FacilityKind> tiers = profile.get(Parameters.FACILITY_TIERS).orElse(com.google.common.collect.ImmutableSet.of());
      if (tiers.contains(FacilityKind.STATION)) {
        b.addFacilities(ServiceFacility.builder().id(compound + "-station").name("小区党群服务站").kind(FacilityKind.STATION)
            .areaId(compound).floorArea(120).build());
      }
      if (tiers.contains(FacilityKind.POINT)) {
        b.addFacilities(ServiceFacility.builder().id(id + "-point").name("党群服务点").kind(FacilityKind.POINT).areaId(id).floorArea(40).build());
      }
      if (tiers.contains(FacilityKind.LOVE_STATION)) {
        b.addFacilities(ServiceFacility.builder().id(id + "-love").name("爱心驿站").kind(FacilityKind.LOVE_STATION).areaId(id).floorArea(30).build());
      }
    }

    private void contacts() {
      if (profile.get(Parameters.COUNTY_LEADER).orElse(false)) {
        b.addContacts(ResponsibilityContact.builder().id(id + "-leader").name("县级包联领导").kind(ContactKind.COUNTY_LEADER).areaId(id).build());
      }
      if (profile.get(Parameters.PAIRED_UNIT).orElse(false)) {
        b.addContacts(ResponsibilityContact.builder().id(id + "-paired").name("结对单位").kind(ContactKind.PAIRED_UNIT).areaId(id)
            .unitId(String.format("u%03d", index % units + 1)).build());
      }
      if (profile.get(Parameters.FIRST_SECRETARY).orElse(false)) {
        b.addContacts(ResponsibilityContact.builder().id(id + "-first").name("第一书记").kind(ContactKind.FIRST_SECRETARY).areaId(id).build());
      }
    }

    /** Grids, micro-grids, buildings, grid workers and grid cells; returns the party members counted. */
    private int party(int grids, int per, String compound, List<PartyOrganization> cells) {
      GridCell cell = profile.get(Parameters.GRID_CELL).orElse(GridCell.NONE);
      boolean compoundBranch = profile.get(Parameters.COMPOUND_BRANCH).orElse(false);
      int heads = profile.get(Parameters.BUILDING_HEADS_MIN).orElse(0);
      List<BuildingHeadDuty> duties = List.copyOf(profile.get(Parameters.BUILDING_HEAD_DUTIES).orElse(com.google.common.collect.ImmutableSet.of()));
      boolean cadre = profile.get(Parameters.GRID_CADRE).orElse(false);
      java.util.Optional<IntRange> microRange = profile.get(Parameters.MICRO_GRID_HOUSEHOLDS);
      String org = id + "-party";
      int members = 0;
      int bad = violation == Violation.OVERSIZED_GRID || violation == Violation.NO_FULL_TIME_WORKER ? r.nextInt(grids) : -1;
      for (int g = 0; g < grids; g++) {
        String gid = id + "-g" + (g + 1);
        int households = g == bad && violation == Violation.OVERSIZED_GRID
            ? profile.get(Parameters.GRID_HOUSEHOLDS).map(x -> x.getMax() + 50).orElse(per) : per;
        b.addAreas(Area.builder().id(gid).level(AreaLevel.GRID).name("第" + (g + 1) + "网格").parentId(compound)
            .households(households).permanentResidents(households * 26 / 10).build());
        if (microRange.isPresent()) {
          // Any count between households/max and households/min splits evenly inside the range.
          int fewest = (households + microRange.get().getMax() - 1) / microRange.get().getMax();
          int most = microRange.get().getMin() == 0 ? fewest : households / microRange.get().getMin();
          if (fewest <= most) {
            int micro = fewest;
            for (int m = 0; m < micro; m++) {
              int h = households / micro + (m < households % micro ? 1 : 0);
              b.addAreas(Area.builder().id(gid + "-m" + (m + 1)).level(AreaLevel.MICRO_GRID).name("第" + (m + 1) + "微网格")
                  .parentId(gid).households(h).build());
            }
          }
        }
        if (!(g == bad && violation == Violation.NO_FULL_TIME_WORKER)) {
          b.addGridWorkers(GridWorker.builder().id(gid + "-fw").name("专职网格员").areaId(gid).role(GridWorkerRole.FULL_TIME)
              .identityNumber(identity()).phone(phone()).build());
        }
        if (heads > 0) {
          int buildings = 1 + r.nextInt(3);
          for (int k = 0; k < buildings; k++) {
            String bid = gid + "-b" + (k + 1);
            b.addAreas(Area.builder().id(bid).level(AreaLevel.BUILDING).name((k + 1) + "号楼").parentId(gid).build());
            // As many heads as the profile asks (双楼长制: two), covering its duties in turn.
            for (int h = 0; h < Math.max(heads, duties.size()); h++) {
              GridWorker.Builder head = GridWorker.builder().id(bid + "-head" + (h == 0 ? "" : String.valueOf(h + 1))).name("楼长")
                  .areaId(bid).role(GridWorkerRole.BUILDING_HEAD).phone(phone());
              if (h < duties.size()) {
                head.duty(duties.get(h));
              }
              b.addGridWorkers(head.build());
            }
          }
        }
        if (cadre) {
          b.addContacts(ResponsibilityContact.builder().id(gid + "-cadre").name("包保干部").kind(ContactKind.CADRE).areaId(gid).build());
        }
        if (cell == GridCell.BRANCH || (compoundBranch && g == 0)) {
          members += 7;
          cells.add(PartyOrganization.builder().id(gid + "-branch").kind(PartyOrganizationKind.BRANCH).name("网格党支部")
              .parentId(org).areaId(gid).fullMembers(7).committeeSize(3).electedOn(ELECTED).build());
        } else if (cell == GridCell.GROUP || cell == GridCell.ANY) {
          members += 4;
          cells.add(PartyOrganization.builder().id(gid + "-group").kind(PartyOrganizationKind.GROUP).name("网格党小组")
              .parentId(org).areaId(gid).fullMembers(4).build());
        }
      }
      b.addAllPartyOrganizations(cells);
      return members;
    }

    private void communityOrganization(int cellMembers, boolean leadsBranches, String streetId) {
      int members = Math.max(cellMembers + 3, 3 + r.nextInt(150));
      int committeeFrom = profile.get(Parameters.COMMITTEE_FROM).orElse(100);
      IntRange general = profile.get(Parameters.GENERAL_BRANCH_MEMBERS).orElse(IntRange.of(50, 99));
      if (leadsBranches) {
        // Only a general branch or a committee leads branches.
        members = Math.max(members, general.getMin());
      }
      PartyOrganizationKind kind = members >= committeeFrom ? PartyOrganizationKind.COMMITTEE
          : general.contains(members) ? PartyOrganizationKind.GENERAL_BRANCH : PartyOrganizationKind.BRANCH;
      if (kind == PartyOrganizationKind.BRANCH && !leadsBranches) {
        members = Math.min(members, profile.get(Parameters.BRANCH_MAX).orElse(50));
        members = Math.max(members, Math.max(cellMembers, 7));
        if (members > profile.get(Parameters.BRANCH_MAX).orElse(50)) {
          kind = general.contains(members) ? PartyOrganizationKind.GENERAL_BRANCH : PartyOrganizationKind.COMMITTEE;
        }
      }
      IntRange size = kind == PartyOrganizationKind.COMMITTEE
          ? profile.get(Parameters.COMMITTEE_SIZE).orElse(IntRange.of(5, 9))
          : kind == PartyOrganizationKind.GENERAL_BRANCH
              ? profile.get(Parameters.GENERAL_BRANCH_COMMITTEE_SIZE).orElse(IntRange.of(5, 9))
              : profile.get(Parameters.BRANCH_COMMITTEE_SIZE).orElse(IntRange.of(3, 7));
      b.addPartyOrganizations(PartyOrganization.builder().id(id + "-party").kind(kind).name(String.format("社区%06d党组织", index + 1))
          .parentId(streetId + "-wc").areaId(id).fullMembers(members).committeeSize(size.getMin()).electedOn(ELECTED).build());
    }

    private String phone() {
      return "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000));
    }

    private ResidentIdNumber identity() {
      String first17 = String.format("%s%04d%02d%02d%03d", countyCode, 1960 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28),
          r.nextInt(1000));
      return ResidentIdNumber.parse(first17 + ResidentIdNumber.checkCharacter(first17));
    }
  }

  /** Builds a {@link SyntheticJurisdictions}. */
  public static final class Builder {
    private StandardsProfile profile;
    private long seed = 1;
    private int communities = 100;
    private int perStreet = 50;
    private double violationRate;
    private String countyCode = "211324";

    private Builder() {}

    /**
     * Sets the profile the data is sized for.
     *
     * @param profile the profile, not null
     * @return this builder
     */
    public Builder profile(StandardsProfile profile) {
      this.profile = requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets the seed.
     *
     * @param seed any number; the same seed gives the same data
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the number of communities.
     *
     * @param communities 1 to 10,000,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder communities(int communities) {
      if (communities < 1 || communities > 10_000_000) {
        throw new EngineArgumentException("generate.communities", communities);
      }
      this.communities = communities;
      return this;
    }

    /**
     * Sets how many communities a street holds.
     *
     * @param perStreet 1 to 10,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder communitiesPerStreet(int perStreet) {
      if (perStreet < 1 || perStreet > 10_000) {
        throw new EngineArgumentException("generate.per-street", perStreet);
      }
      this.perStreet = perStreet;
      return this;
    }

    /**
     * Sets the share of communities that break one rule.
     *
     * @param rate 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder violationRate(double rate) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new EngineArgumentException("generate.violation-rate", rate);
      }
      this.violationRate = rate;
      return this;
    }

    /**
     * Sets the county's six-digit division code prefix.
     *
     * @param code six digits
     * @return this builder
     * @throws IllegalArgumentException if not six digits
     */
    public Builder countyCode(String code) {
      java.util.Objects.requireNonNull(code, "code");
      if (!code.matches("[1-9][0-9]{5}")) {
        throw new EngineArgumentException("generate.county-code", code);
      }
      this.countyCode = code;
      return this;
    }

    /**
     * Builds the generator.
     *
     * @return the generator
     * @throws IllegalStateException if no profile was set
     */
    public SyntheticJurisdictions build() {
      if (profile == null) {
        throw new IllegalStateException("a profile is required: the data is sized from its parameters");
      }
      return new SyntheticJurisdictions(this);
    }
  }
}
