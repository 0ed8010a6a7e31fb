package org.jiceng.governance.core.people;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.jiceng.governance.core.Identified;
import org.jiceng.governance.core.InvalidValueException.Problem;
import org.jiceng.governance.core.code.ResidentIdNumber;
import org.jiceng.governance.core.internal.Checks;

/**
 * A community worker (社区工作者) on the staff of a community, including its party secretary (书记)
 * and residents' committee director (主任), who may be the same person (一肩挑).
 */
@Value.Immutable
public abstract class CommunityWorker implements Identified {
  CommunityWorker() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CommunityWorker}. */
  public static final class Builder extends ImmutableCommunityWorker.Builder {
    Builder() {} // by builder()
  }

  @Override
  @NotBlank
  public abstract String getId();

  @Override
  @NotBlank
  public abstract String getName();

  /**
   * Returns the id of the community (or street) whose staff the worker belongs to.
   *
   * @return the area id
   */
  @NotBlank
  public abstract String getAreaId();

  /**
   * Returns the post (岗位).
   *
   * @return the post
   */
  @Value.Default
  public WorkerPost getPost() {
    return WorkerPost.STAFF;
  }

  /**
   * Returns the pay grade (级) within the profile's grade system.
   *
   * @return the grade, may be empty
   */
  public abstract @Positive OptionalInt getGrade();

  /**
   * Returns the social-work certificate held.
   *
   * @return the certificate, {@link SocialWorkCertificate#NONE} when none
   */
  @Value.Default
  public SocialWorkCertificate getCertificate() {
    return SocialWorkCertificate.NONE;
  }

  /**
   * Returns the year of birth.
   *
   * @return the year, may be empty
   */
  public abstract @Min(1900) @Max(2100) OptionalInt getBirthYear();

  /**
   * Returns the highest education.
   *
   * @return the education, may be empty
   */
  public abstract Optional<Education> getEducation();

  /**
   * Tells whether the worker is the community's party secretary (书记).
   *
   * @return true for the secretary
   */
  @Value.Default
  public boolean isSecretary() {
    return false;
  }

  /**
   * Tells whether the worker is the residents' committee director (主任).
   *
   * @return true for the director
   */
  @Value.Default
  public boolean isDirector() {
    return false;
  }

  /**
   * Tells whether the worker is a reserve candidate for secretary (后备力量).
   *
   * @return true for a reserve candidate
   */
  @Value.Default
  public boolean isReserveCandidate() {
    return false;
  }

  /**
   * Returns the resident identity number; personal data, masked when printed.
   *
   * @return the number, may be empty
   */
  public abstract Optional<ResidentIdNumber> getIdentityNumber();

  /**
   * Returns the phone number; personal data: {@code toString()} shows it as {@code ****}.
   *
   * @return the phone, may be empty
   */
  @Value.Redacted
  public abstract Optional<String> getPhone();

  @Value.Check
  final void check() {
    Checks.checkText(this, getId(), getName());
    if (getGrade().isPresent() && getGrade().getAsInt() <= 0) {
      throw Checks.refused(this, getId(), Problem.NOT_POSITIVE, "grade", getGrade().getAsInt());
    }
    if (getBirthYear().isPresent()
        && (getBirthYear().getAsInt() < 1900 || getBirthYear().getAsInt() > 2100)) {
      throw Checks.refused(this, getId(), Problem.BIRTH_YEAR, getBirthYear().getAsInt());
    }
  }

  // Every text field masked and escaped: a name or id may hold an identity or mobile number.
  @Override
  public String toString() {
    return org.jiceng.governance.core.DisplayText.ofValue("CommunityWorker",
        "id", getId(), "name", getName(), "areaId", getAreaId(), "post", getPost(), "grade", getGrade(),
        "certificate", getCertificate(), "birthYear", getBirthYear(), "education", getEducation(),
        "secretary", isSecretary(), "director", isDirector(), "reserveCandidate", isReserveCandidate(),
        "identityNumber", getIdentityNumber(), "phone", getPhone().map(p -> "****"));
  }
}
