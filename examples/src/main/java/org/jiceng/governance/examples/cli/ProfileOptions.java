package org.jiceng.governance.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.jiceng.governance.json.ProfileFormat;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;
import picocli.CommandLine.Option;

/** {@code --profile ID | --profile-file FILE}, shared by the commands that need a profile. */
final class ProfileOptions {
  @Option(names = "--profile", paramLabel = "ID", description = "a built-in profile (see 'jiceng profiles')")
  String profileId;

  @Option(names = "--profile-file", paramLabel = "FILE", description = "a jiceng.profile/1 file")
  Path profileFile;

  /**
   * Tells whether {@code --profile} or {@code --profile-file} was given.
   *
   * @return true when one was
   */
  boolean isGiven() {
    return profileId != null || profileFile != null;
  }

  /** A usage problem the command reports with exit code 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /**
   * Resolves the profile: the option given, else the id the data names, else {@code cn-national}.
   *
   * @param named the profile id the dataset names, may be empty
   * @return the profile
   * @throws UsageException for an unknown id or both options at once
   */
  StandardsProfile resolve(Optional<String> named) {
    if (profileId != null && profileFile != null) {
      throw new UsageException("jiceng: give --profile or --profile-file, not both");
    }
    if (profileFile != null) {
      return ProfileFormat.read(profileFile, BuiltInProfiles::find);
    }
    String id = profileId != null ? profileId : named.orElse("cn-national");
    return BuiltInProfiles.find(id).orElseThrow(() -> new UsageException("jiceng: unknown profile '" + id + "'; known: "
        + String.join(", ", BuiltInProfiles.all().stream().map(StandardsProfile::getId).toArray(String[]::new))));
  }
}
