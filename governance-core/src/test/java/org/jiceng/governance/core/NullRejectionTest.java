package org.jiceng.governance.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: every public static method and every builder of governance-core's API rejects null
 * with a {@link NullPointerException}, as each package's null rule says (guava-testlib's {@link
 * NullPointerTester}). Before the fix {@code OrganizationClass.of(null, c)} returned {@code OTHER}.
 */
class NullRejectionTest {
  static List<Class<?>> publicClasses() throws IOException {
    List<Class<?>> out = new ArrayList<>();
    for (ClassPath.ClassInfo info : ClassPath.from(NullRejectionTest.class.getClassLoader())
        .getTopLevelClassesRecursive("org.jiceng.governance.core")) {
      Class<?> c = info.load();
      if (Modifier.isPublic(c.getModifiers()) && !info.getPackageName().contains(".internal") && !c.getSimpleName().endsWith("Test")
          && !c.getSimpleName().endsWith("Properties") && !info.getPackageName().endsWith(".testing")) {
        out.add(c);
      }
    }
    return out;
  }

  @Test
  void publicStaticMethods_rejectNull() throws IOException {
    List<Class<?>> classes = publicClasses();
    assertThat(classes).hasSizeGreaterThan(20);
    NullPointerTester tester = new NullPointerTester();
    List<String> failures = new ArrayList<>();
    for (Class<?> c : classes) {
      try {
        tester.testAllPublicStaticMethods(c);
      } catch (AssertionError e) {
        failures.add(c.getName() + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void organizationClassOf_namesTheNullArgument() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.jiceng.governance.core.code.OrganizationClass.of(null, '1'))
        .isInstanceOf(NullPointerException.class).hasMessage("authority");
  }

  @Test
  void builders_rejectNull() throws Exception {
    NullPointerTester tester = new NullPointerTester();
    List<String> failures = new ArrayList<>();
    int builders = 0;
    for (Class<?> c : publicClasses()) {
      Method builder;
      try {
        builder = c.getMethod("builder");
      } catch (NoSuchMethodException none) {
        continue;
      }
      if (!Modifier.isStatic(builder.getModifiers())) {
        continue;
      }
      builders++;
      try {
        tester.testAllPublicInstanceMethods(builder.invoke(null));
      } catch (AssertionError e) {
        failures.add(c.getName() + ".builder(): " + e.getMessage());
      }
    }
    assertThat(builders).isGreaterThan(10);
    assertThat(failures).isEmpty();
  }
}
