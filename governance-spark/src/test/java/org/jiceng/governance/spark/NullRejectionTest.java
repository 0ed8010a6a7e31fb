package org.jiceng.governance.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jiceng.governance.core.testing.NullChecks;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the Spark job's public classes reject a null argument with a {@link
 * NullPointerException} naming it, as governance-core, rules and json do ({@link NullChecks}).
 * {@code run} needs a Spark context, which the tester cannot make: its null checks, which come
 * before any Spark call, are asserted by hand.
 */
class NullRejectionTest {
  @Test
  void publicStaticMethods_rejectNull() throws IOException {
    List<Class<?>> classes = NullChecks.publicApiClasses("org.jiceng.governance.spark");
    assertThat(classes).extracting(Class::getSimpleName).contains("ValidationJob", "SparkValidation", "JobSummary");
    assertThat(NullChecks.staticMethodFailures(new NullPointerTester(), classes)).isEmpty();
  }

  @Test
  void job_rejectsNullNamingIt() throws Exception {
    ValidationJob job = ValidationJob.withBuiltInProfile("cn-national");
    new NullPointerTester().testMethodParameter(job, ValidationJob.class.getMethod("withLocale", Locale.class), 0);
    assertThatThrownBy(() -> job.run(null, "in", "out")).isInstanceOf(NullPointerException.class).hasMessage("sc");
    assertThatThrownBy(() -> ValidationJob.withBuiltInProfile(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> ValidationJob.withProfileFile(null)).isInstanceOf(NullPointerException.class).hasMessage("file");
    assertThatThrownBy(() -> SparkValidation.main(null)).isInstanceOf(NullPointerException.class).hasMessage("args");
  }
}
