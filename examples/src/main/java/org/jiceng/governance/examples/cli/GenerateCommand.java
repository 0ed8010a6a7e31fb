package org.jiceng.governance.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.jiceng.governance.core.Localizable;
import org.jiceng.governance.json.DatasetWriter;
import org.jiceng.governance.rules.profile.BuiltInProfiles;
import org.jiceng.governance.rules.profile.StandardsProfile;
import org.jiceng.governance.rules.scenario.SyntheticJurisdictions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jiceng generate --communities N [--seed S] [--violations RATE] [--profile ID] --output
 * FILE}: writes a synthetic {@code jiceng.dataset/1} county, streamed in constant memory. The same
 * options give the same bytes. With {@code --split}, {@code --output} is a folder that receives
 * the county as {@code jiceng.community/1} line files instead, exactly as {@code jiceng split}
 * would cut the dataset ({@link LineFiles} names them). Exit 0 when written, 2 on bad options or
 * when the output cannot be written.
 */
@Command(name = "generate")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--communities", paramLabel = "N", required = true, descriptionKey = "generate.communities")
  int communities;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "generate.seed")
  long seed;

  @Option(names = "--violations", paramLabel = "RATE", defaultValue = "0", descriptionKey = "generate.violations")
  double violations;

  @Option(names = "--profile", paramLabel = "ID", defaultValue = "cn-national", descriptionKey = "generate.profile")
  String profile;

  @Option(names = "--per-street", paramLabel = "N", defaultValue = "50", descriptionKey = "generate.per-street")
  int perStreet;

  @Option(names = "--output", paramLabel = "FILE", required = true, descriptionKey = "generate.output")
  Path output;

  @Option(names = "--split", descriptionKey = "generate.split")
  boolean split;

  @Option(names = "--per-file", paramLabel = "N", defaultValue = "10000", descriptionKey = "generate.per-file")
  int perFile;

  @Mixin LanguageOption language;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ResourceBundle messages = language.messages();
    StandardsProfile p = BuiltInProfiles.find(profile).orElse(null);
    if (p == null) {
      err.println(MessageFormat.format(messages.getString("generate.unknownProfile"), profile));
      return Jiceng.USAGE;
    }
    SyntheticJurisdictions g;
    try {
      g = SyntheticJurisdictions.builder().profile(p).seed(seed).communities(communities).communitiesPerStreet(perStreet)
          .violationRate(violations).build();
    } catch (IllegalArgumentException e) {
      err.println("jiceng generate: " + Localizable.messageOf(e, language.locale()));
      return Jiceng.USAGE;
    }
    if (split) {
      return writeLines(g, err, messages);
    }
    boolean stdout = CliFiles.isStandard(output);
    try (OutputStream out = stdout ? new NonClosing(System.out) : new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
      DatasetWriter.standard().write(g, out);
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      err.println(CliFiles.outputProblem(stdout ? Path.of("<stdout>") : output, cause instanceof Exception ? (Exception) cause : e,
          messages));
      return Jiceng.USAGE;
    } catch (RuntimeException e) {
      err.println("jiceng generate: failed: " + e);
      return Jiceng.USAGE;
    }
    return Jiceng.OK;
  }

  /**
   * Writes the county as line files: the dataset goes through a pipe to the dataset reader, so
   * the lines are those {@code jiceng split} makes of the generated file, in constant memory.
   */
  private int writeLines(SyntheticJurisdictions g, PrintWriter err, ResourceBundle messages) {
    if (perFile < 1 || perFile > 100_000_000) {
      err.println(MessageFormat.format(messages.getString("split.perFile"), String.valueOf(perFile)));
      return Jiceng.USAGE;
    }
    String folder = LineFiles.folderProblem(output, messages);
    if (folder != null) {
      err.println(folder);
      return Jiceng.USAGE;
    }
    LineFiles files = new LineFiles(output, perFile, org.jiceng.governance.json.CommunityLinesFormat.strict().withLocale(language.locale()));
    Throwable[] writeFailure = {null};
    try (java.io.PipedInputStream in = new java.io.PipedInputStream(1 << 16)) {
      java.io.PipedOutputStream pipe = new java.io.PipedOutputStream(in);
      Thread writer = new Thread(() -> {
        try (pipe) {
          DatasetWriter.standard().write(g, pipe);
        } catch (IOException | RuntimeException e) {
          writeFailure[0] = e;
        }
      }, "jiceng-generate");
      writer.setDaemon(true);
      writer.start();
      org.jiceng.governance.json.DatasetReader.strict().withLocale(language.locale()).forEachCommunity(in, "generated", files::write);
      writer.join();
      if (writeFailure[0] != null) {
        throw new IllegalStateException("the generator failed: " + writeFailure[0], writeFailure[0]);
      }
      files.close();
    } catch (IOException | UncheckedIOException e) {
      files.discard();
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      err.println(CliFiles.outputProblem(output, cause instanceof Exception ? (Exception) cause : e, messages));
      return Jiceng.USAGE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      files.discard();
      err.println("jiceng generate: interrupted");
      return Jiceng.USAGE;
    } catch (RuntimeException e) {
      files.discard();
      err.println("jiceng generate: failed: " + e);
      return Jiceng.USAGE;
    }
    err.println(MessageFormat.format(messages.getString("split.done"), files.communities(), files.files(), output));
    return Jiceng.OK;
  }

  /** Standard output, flushed but left open. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(new BufferedOutputStream(out, 1 << 16));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
