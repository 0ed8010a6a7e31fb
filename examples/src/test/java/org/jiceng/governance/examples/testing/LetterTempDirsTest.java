package org.jiceng.governance.examples.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jiceng.governance.core.PersonalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterTempDirsTest {
  @Test
  void tempDir_isNamedWithLettersSoMessagesShowItUnmasked(@TempDir Path dir) {
    assertThat(dir.getFileName().toString()).matches("jiceng-[a-z]{12}");
    assertThat(PersonalData.mask(dir.toString())).isEqualTo(dir.toString());
  }
}
