package org.jiceng.governance.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.jiceng.governance.json.ProfileFormat;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;
import picocli.CommandLine.Option;

/** {@code --profile ID | --profile-file FILE}, shared by the commands that need a profile. */
final class ProfileOptions {
  @Option(names = "--profile", paramLabel = "ID", descriptionKey = "profile")
  String profileId;

  @Option(names = "--profile-file", paramLabel = "FILE", descriptionKey = "profile-file")
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
   * A {@code --profile-file} ({@code -} for standard input) is read through {@link CliFiles}: its
   * problems name the profile file, never the data.
   *
   * @param named the profile id the dataset names, may be null
   * @param locale the language of the profile file's problems
   * @param messages the tool's messages
   * @param err standard error, where problems of the profile file are reported
   * @return the profile
   * @throws UsageException for an unknown id or both options at once
   * @throws CliFiles.BadInput after reporting a bad profile file
   */
  StandardsProfile resolve(String named, java.util.Locale locale, ResourceBundle messages, PrintWriter err) {
    if (profileId != null && profileFile != null) {
      throw new UsageException(messages.getString("profile.both"));
    }
    if (profileFile != null) {
      return CliFiles.read(profileFile, (in, source) -> ProfileFormat.read(in, source, BuiltInProfiles::find, locale), messages, err);
    }
    String id = profileId != null ? profileId : named != null ? named : "cn-national";
    return BuiltInProfiles.find(id).orElseThrow(() -> new UsageException(MessageFormat.format(messages.getString("profile.unknown"), id,
        String.join(", ", BuiltInProfiles.all().stream().map(StandardsProfile::getId).toArray(String[]::new)))));
  }
}
