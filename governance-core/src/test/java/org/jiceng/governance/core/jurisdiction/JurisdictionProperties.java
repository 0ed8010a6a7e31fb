package org.jiceng.governance.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jiceng.governance.core.area.Area;
import org.jiceng.governance.core.area.AreaLevel;
import org.jiceng.governance.core.testing.ModelArbitraries;

class JurisdictionProperties {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeContainer
  static void open() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterContainer
  static void close() {
    factory.close();
  }

  @Provide
  Arbitrary<Jurisdiction> jurisdictions() {
    return ModelArbitraries.jurisdictions(8);
  }

  @Property(tries = 200)
  void everyAreaButTheRoot_hasAncestorsEndingAtTheRoot(@ForAll("jurisdictions") Jurisdiction j) {
    for (Area a : j.getAreas()) {
      if (a.equals(j.getRoot())) {
        assertThat(j.getAncestors(a.getId())).isEmpty();
      } else {
        assertThat(j.getAncestors(a.getId())).last().isEqualTo(j.getRoot());
      }
    }
  }

  @Property(tries = 200)
  void undeclaredHouseholds_areTheSumOfTheChildren(@ForAll("jurisdictions") Jurisdiction j) {
    for (Area a : j.getAreas()) {
      if (a.getHouseholds().isEmpty() && a.getLevel() != AreaLevel.HOUSEHOLD) {
        long sum = j.getChildren(a.getId()).stream().mapToLong(c -> j.getHouseholds(c.getId())).sum();
        assertThat(j.getHouseholds(a.getId())).isEqualTo(sum);
      }
    }
  }

  @Property(tries = 200)
  void descendantsByLevel_partitionTheLevel(@ForAll("jurisdictions") Jurisdiction j) {
    long viaStreets =
        j.getAreas(AreaLevel.STREET).stream()
            .mapToLong(s -> j.getDescendants(s.getId(), AreaLevel.GRID).size())
            .sum();
    assertThat(viaStreets).isEqualTo(j.getAreas(AreaLevel.GRID).size());
    assertThat(j.getGridWorkersWithin(j.getRoot().getId())).hasSameSizeAs(j.getGridWorkers());
  }

  @Property(tries = 100)
  void generatedParts_passTheJakartaConstraints(@ForAll("jurisdictions") Jurisdiction j) {
    Stream.of(j.getAreas(), j.getPartyOrganizations(), j.getCommunityWorkers(), j.getGridWorkers(),
            j.getFacilities(), j.getUnits(), j.getOwnersCommittees())
        .flatMap(java.util.Collection::stream)
        .forEach(part -> assertThat(validator.validate(part)).as(part.toString()).isEmpty());
  }

  @Property(tries = 100)
  void rebuildingFromTheParts_givesAnEqualJurisdiction(@ForAll("jurisdictions") Jurisdiction j) {
    Jurisdiction.Builder b = Jurisdiction.builder()
        .addAllAreas(j.getAreas()).addAllPartyOrganizations(j.getPartyOrganizations())
        .addAllCommunityWorkers(j.getCommunityWorkers()).addAllGridWorkers(j.getGridWorkers())
        .addAllPartyMembers(j.getPartyMembers()).addAllContacts(j.getContacts())
        .addAllUnits(j.getUnits()).addAllPropertyCompanies(j.getPropertyCompanies())
        .addAllOwnersCommittees(j.getOwnersCommittees()).addAllFacilities(j.getFacilities());
    j.getAsOf().ifPresent(b::asOf);
    Jurisdiction copy = b.build();
    assertThat(copy).isEqualTo(j);
  }
}
