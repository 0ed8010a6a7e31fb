package org.jiceng.governance.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.util.List;
import org.jiceng.governance.core.testing.NullChecks;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: every public static method and every builder of governance-core's API rejects null
 * with a {@link NullPointerException}, as each package's null rule says (guava-testlib's {@link
 * NullPointerTester}). Before the fix {@code OrganizationClass.of(null, c)} returned {@code OTHER}.
 */
class NullRejectionTest {
  static List<Class<?>> publicClasses() throws IOException {
    return NullChecks.publicApiClasses("org.jiceng.governance.core");
  }

  @Test
  void publicStaticMethods_rejectNull() throws IOException {
    List<Class<?>> classes = publicClasses();
    assertThat(classes).hasSizeGreaterThan(20);
    List<String> failures = NullChecks.staticMethodFailures(new NullPointerTester(), classes);
    assertThat(failures).isEmpty();
  }

  @Test
  void organizationClassOf_namesTheNullArgument() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.jiceng.governance.core.code.OrganizationClass.of(null, '1'))
        .isInstanceOf(NullPointerException.class).hasMessage("authority");
  }

  @Test
  void builders_rejectNull() throws Exception {
    NullChecks.Builders builders = NullChecks.builderFailures(new NullPointerTester(), publicClasses());
    assertThat(builders.count()).isGreaterThan(10);
    assertThat(builders.failures()).isEmpty();
  }

  @Test
  void nullArguments_areNamedInTheMessage() throws Exception {
    NullChecks.Named named = NullChecks.unnamedNullFailures(new NullPointerTester(), publicClasses());
    assertThat(named.checked()).isGreaterThan(50);
    assertThat(named.failures()).isEmpty();
  }
}
