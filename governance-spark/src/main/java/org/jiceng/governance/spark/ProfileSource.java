package org.jiceng.governance.spark;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jiceng.governance.json.ProfileFormat;
import org.jiceng.governance.rules.compliance.ComplianceEngine;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;

/**
 * The standards profile a job checks against, in a form that travels to the executors: the id of
 * a built-in profile, or the text of a {@code jiceng.profile/1} file read on the driver (so that
 * executors need no access to the driver's files). Each task builds its engine from it once.
 */
final class ProfileSource implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String builtIn;
  private final String profileJson;
  private final String id;
  private transient ComplianceEngine engine;

  private ProfileSource(String builtIn, String profileJson, String id) {
    this.builtIn = builtIn;
    this.profileJson = profileJson;
    this.id = id;
  }

  /**
   * A built-in profile.
   *
   * @param id the profile id
   * @return the source
   * @throws IllegalArgumentException if no built-in profile has this id
   */
  static ProfileSource builtIn(String id) {
    StandardsProfile p = BuiltInProfiles.find(requireNonNull(id, "id")).orElseThrow(() -> new IllegalArgumentException(
        "unknown profile '" + id + "'; known: " + String.join(", ", BuiltInProfiles.all().stream().map(StandardsProfile::getId)
            .toArray(String[]::new))));
    return new ProfileSource(p.getId(), null, p.getId());
  }

  /**
   * A profile file, read now (on the driver).
   *
   * @param file a {@code jiceng.profile/1} file
   * @param locale the language of the file's problems
   * @return the source
   * @throws org.jiceng.governance.json.ProfileFormatException if the file is not a valid profile
   * @throws java.io.UncheckedIOException if it cannot be read
   */
  static ProfileSource file(Path file, java.util.Locale locale) {
    StandardsProfile p = ProfileFormat.read(file, BuiltInProfiles::find, locale);
    return new ProfileSource(null, ProfileFormat.writeToString(p), p.getId());
  }

  /** The profile's id. */
  String id() {
    return id;
  }

  /** The profile. */
  StandardsProfile profile() {
    if (builtIn != null) {
      return BuiltInProfiles.get(builtIn);
    }
    return ProfileFormat.read(new ByteArrayInputStream(profileJson.getBytes(StandardCharsets.UTF_8)), "profile", BuiltInProfiles::find);
  }

  /** The engine of this profile with the built-in rules and those registered through ServiceLoader; made once a copy. */
  ComplianceEngine engine() {
    ComplianceEngine e = engine;
    if (e == null) {
      e = ComplianceEngine.of(profile());
      engine = e;
    }
    return e;
  }

  @Override
  public String toString() {
    return builtIn != null ? builtIn : id + " (from a profile file)";
  }
}
