package org.jiceng.governance.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 14: every exception message of the library is safe to print, whatever the data holds. */
class GovernanceExceptionTest {
  @Test
  void message_masksPersonalDataAndEscapesControlsButKeepsLines() {
    GovernanceException e = new GovernanceException("id '\u001B[2J13812345678\u202E'\n  second line");
    assertThat(e.getMessage()).isEqualTo("id '\\u001B[2J138****5678\\u202E'\n  second line");
    assertThat(new GovernanceException(null).getMessage()).isNull();
    assertThat(new GovernanceException("x 11010519491231002X", new IllegalStateException()).getMessage()).isEqualTo("x 110105********002X");
  }
}
