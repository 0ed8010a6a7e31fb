package org.jiceng.governance.examples.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** What went wrong with a file the tool was given, said plainly and naming that file. */
final class CliFiles {
  private CliFiles() {}

  /**
   * Checks an input before it is read: the message of the first thing in the way, or null.
   *
   * @param file the input
   * @param messages the tool's messages
   * @return the message, or null when the file can be read
   */
  static String inputProblem(Path file, ResourceBundle messages) {
    if (Files.isDirectory(file)) {
      return MessageFormat.format(messages.getString("file.directory"), file);
    }
    if (!Files.exists(file)) {
      return MessageFormat.format(messages.getString(Files.isSymbolicLink(file) ? "file.brokenLink" : "validate.noFile"), file);
    }
    if (!Files.isReadable(file)) {
      return MessageFormat.format(messages.getString("file.denied"), file);
    }
    return null;
  }

  /**
   * Says why an output could not be written, naming the output.
   *
   * @param output the output file
   * @param e the failure
   * @param messages the tool's messages
   * @return the message
   */
  static String outputProblem(Path output, Exception e, ResourceBundle messages) {
    String reason;
    if (Files.isDirectory(output)) {
      reason = messages.getString("file.isDirectory");
    } else if (e instanceof NoSuchFileException) {
      reason = messages.getString("file.noFolder");
    } else if (e instanceof AccessDeniedException) {
      reason = messages.getString("file.permission");
    } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      reason = ((FileSystemException) e).getReason();
    } else {
      reason = String.valueOf(e.getMessage());
    }
    return MessageFormat.format(messages.getString("output.unwritable"), output, reason);
  }
}
