package org.jiceng.governance.examples.testing;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temporary folders for {@code @TempDir} named with letters only ({@code jiceng-kqzt…}). JUnit's
 * own names end in a random number, and the tool masks any run of digits shaped like an identity or
 * mobile number in every message it prints; a test that compared a message with such a path then
 * failed about one run in ten. Registered for every test of this module in {@code
 * junit-platform.properties} ({@code junit.jupiter.tempdir.factory.default}).
 */
public final class LetterTempDirs implements TempDirFactory {
  @Override
  public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
    Path base = Paths.get(System.getProperty("java.io.tmpdir"));
    for (int attempt = 0; ; attempt++) {
      StringBuilder name = new StringBuilder("jiceng-");
      for (int i = 0; i < 12; i++) {
        name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
      }
      try {
        return Files.createDirectory(base.resolve(name.toString()));
      } catch (FileAlreadyExistsException taken) {
        if (attempt > 100) {
          throw taken;
        }
      }
    }
  }
}
