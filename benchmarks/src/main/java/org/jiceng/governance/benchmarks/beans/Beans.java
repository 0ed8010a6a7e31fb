package org.jiceng.governance.benchmarks.beans;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The beans, one nested class per record of {@code jiceng.dataset/1}, with public fields. */
public final class Beans {
  private Beans() {}

  /** The checks' thresholds: {@code cn-national}'s values, fixed at compile time as constraints are. */
  static final double WORKERS_PER_10K = 18.0;
  static final double AREA_PER_100 = 30.0;
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /** The document. */
  @JsonIgnoreProperties(ignoreUnknown = false)
  public static final class Dataset {
    @NotNull @Pattern(regexp = "jiceng\\.dataset/1") public String format;
    public String profile;
    public String asOf;
    @NotNull @Valid public Area county;
    @Valid public List<Unit> units = new ArrayList<>();
    @Valid public List<Organization> partyOrganizations = new ArrayList<>();
    @Valid public List<Area> streets = new ArrayList<>();

    /** staffing.workers-per-10k, county-wide. */
    @AssertTrue(message = "fewer than 18 community workers per 10,000 urban residents")
    public boolean isStaffed() {
      long workers = 0;
      long residents = 0;
      for (Area s : streets) {
        workers += s.communityWorkers.size();
        for (Community c : s.communities) {
          workers += c.communityWorkers.size();
          residents += c.urbanPermanentResidents == null ? 0 : c.urbanPermanentResidents;
        }
      }
      return residents == 0 || workers * 10_000.0 / residents >= WORKERS_PER_10K;
    }
  }

  /** A co-building unit. */
  public static final class Unit {
    @NotBlank public String id;
    @NotBlank public String name;
    @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}") public String creditCode;
    @NotNull public String kind;
    public List<String> areas = new ArrayList<>();
  }

  /** Any area, with every part and child list an area may have. */
  public static class Area {
    @NotBlank public String id;
    @NotBlank public String name;
    @Pattern(regexp = "\\d{12}") public String divisionCode;
    @Min(0) public Integer households;
    @Min(0) public Integer permanentResidents;
    @Min(0) public Integer urbanPermanentResidents;
    public List<String> careTags = new ArrayList<>();
    public List<String> matters = new ArrayList<>();
    @Valid public List<Organization> partyOrganizations = new ArrayList<>();
    @Valid public List<Worker> communityWorkers = new ArrayList<>();
    @Valid public List<GridWorker> gridWorkers = new ArrayList<>();
    @Valid public List<Member> partyMembers = new ArrayList<>();
    @Valid public List<Contact> contacts = new ArrayList<>();
    @Valid public List<Facility> facilities = new ArrayList<>();
    @Valid public List<OwnersCommittee> ownersCommittees = new ArrayList<>();
    @Valid public List<Community> communities = new ArrayList<>();
    @Valid public List<Area> compounds = new ArrayList<>();
    @Valid public List<Grid> grids = new ArrayList<>();
    @Valid public List<Area> microGrids = new ArrayList<>();
    @Valid public List<Area> buildings = new ArrayList<>();
    @Valid public List<Area> householdList = new ArrayList<>();

    /** Households declared, else the sum of the children. */
    long households() {
      if (households != null) {
        return households;
      }
      long sum = 0;
      for (List<? extends Area> kids : List.of(compounds, grids, microGrids, buildings, householdList)) {
        for (Area k : kids) {
          sum += k.households();
        }
      }
      return sum;
    }

    /** hierarchy.declared-totals: a declared count within 5% of its children's. */
    @AssertTrue(message = "declared households differ from the children's")
    public boolean isTotalsAgree() {
      if (households == null) {
        return true;
      }
      long sum = 0;
      int known = 0;
      int all = 0;
      for (List<? extends Area> kids : List.of(compounds, grids, microGrids, buildings, householdList)) {
        for (Area k : kids) {
          all++;
          if (k.households != null || !k.isLeaf()) {
            known++;
            sum += k.households();
          }
        }
      }
      return all == 0 || known < all || Math.abs(households - sum) <= 0.05 * households;
    }

    boolean isLeaf() {
      return compounds.isEmpty() && grids.isEmpty() && microGrids.isEmpty() && buildings.isEmpty() && householdList.isEmpty();
    }

  }

  /** A community: its service places. */
  public static final class Community extends Area {
    /** places.tiers: a community has a party-mass service centre. */
    @AssertTrue(message = "no service centre")
    public boolean isCenterPresent() {
      return facilities.stream().anyMatch(f -> "CENTER".equals(f.kind));
    }

    /** places.area-per-100-households. */
    @AssertTrue(message = "service places too small for the households")
    public boolean isFacilityAreaEnough() {
      double area = 0;
      for (Facility f : facilities) {
        area += "LOVE_STATION".equals(f.kind) ? 0 : f.floorArea;
      }
      for (Area c : compounds) {
        for (Facility f : c.facilities) {
          area += "LOVE_STATION".equals(f.kind) ? 0 : f.floorArea;
        }
      }
      return area >= households() / 100.0 * AREA_PER_100;
    }
  }

  /** A grid: grid.households-range and grid.full-time-worker as constraints. */
  public static final class Grid extends Area {
    /** grid.households-range: 300–500 households. */
    @AssertTrue(message = "grid households outside 300-500")
    public boolean isHouseholdsInRange() {
      long h = households();
      return isLeaf() && households == null || (h >= 300 && h <= 500);
    }

    /** grid.residents-max: at most 2,500 residents. */
    @AssertTrue(message = "more than 2,500 residents")
    public boolean isResidentsWithinMax() {
      return permanentResidents == null || permanentResidents <= 2500;
    }

    /** grid.full-time-worker: at least one. */
    @AssertTrue(message = "no full-time grid worker")
    public boolean isFullTimeWorkerPresent() {
      return gridWorkers.stream().anyMatch(w -> "FULL_TIME".equals(w.role));
    }
  }

  /** A party organization: kind by membership, committee size, term. */
  public static final class Organization {
    @NotBlank public String id;
    @NotNull public String kind;
    @NotBlank public String name;
    public String parent;
    public String area;
    public List<String> units = new ArrayList<>();
    @Min(0) public int fullMembers;
    @Min(0) public int probationaryMembers;
    @Min(0) public Integer committeeSize;
    @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") public String electedOn;
    public Integer termYears;
    public Integer coveredHouseholds;

    /** party.kind-membership. */
    @AssertTrue(message = "kind does not suit the membership")
    public boolean isKindSuitsMembers() {
      int total = fullMembers + probationaryMembers;
      switch (kind) {
        case "BRANCH":
          return fullMembers >= 3 && total <= 50;
        case "GENERAL_BRANCH":
          return total >= 50 && total <= 99;
        case "COMMITTEE":
          return total >= 100;
        default:
          return true;
      }
    }

    /** party.committee-size. */
    @AssertTrue(message = "committee size outside its range")
    public boolean isCommitteeSized() {
      switch (kind) {
        case "BRANCH":
        case "JOINT_BRANCH":
          return fullMembers < 7 || committeeSize != null && committeeSize >= 3 && committeeSize <= 7;
        case "GENERAL_BRANCH":
        case "COMMITTEE":
          return committeeSize != null && committeeSize >= 5 && committeeSize <= 9;
        default:
          return true;
      }
    }

    /** party.term-overdue. */
    @AssertTrue(message = "re-election overdue")
    public boolean isTermCurrent() {
      return electedOn == null || "GROUP".equals(kind) || "CENTRAL_HOUSEHOLD".equals(kind)
          || !LocalDate.parse(electedOn).plusYears(termYears == null ? 5 : termYears).isBefore(AS_OF);
    }
  }

  /** A community worker. */
  public static final class Worker {
    @NotBlank public String id;
    @NotBlank public String name;
    public String post;
    @Min(1) public Integer grade;
    public String certificate;
    @Min(1900) @Max(2100) public Integer birthYear;
    public String education;
    public boolean secretary;
    public boolean director;
    public boolean reserveCandidate;
    @Pattern(regexp = "\\d{17}[\\dX]|\\d{6}\\*{8}\\d{3}[\\dX]") public String identityNumber;
    @Pattern(regexp = "1\\d{10}|1\\d{2}\\*{4}\\d{4}") public String phone;
  }

  /** A grid worker. */
  public static final class GridWorker {
    @NotBlank public String id;
    @NotBlank public String name;
    @NotNull public String role;
    @Pattern(regexp = "\\d{17}[\\dX]|\\d{6}\\*{8}\\d{3}[\\dX]") public String identityNumber;
    @Pattern(regexp = "1\\d{10}|1\\d{2}\\*{4}\\d{4}") public String phone;
  }

  /** A registered party member. */
  public static final class Member {
    @NotBlank public String id;
    @NotBlank public String name;
    public String unit;
    public String registeredOn;
    public boolean probationary;
  }

  /** A responsibility contact. */
  public static final class Contact {
    @NotBlank public String id;
    @NotBlank public String name;
    @NotNull public String kind;
    public String unit;
  }

  /** A service facility. */
  public static final class Facility {
    @NotBlank public String id;
    @NotBlank public String name;
    @NotNull public String kind;
    @Min(0) public double floorArea;
  }

  /** An owners' committee. */
  public static final class OwnersCommittee {
    @NotBlank public String id;
    @NotBlank public String name;
    public int members;
    public int partyMembers;
    public String electedOn;
  }
}
