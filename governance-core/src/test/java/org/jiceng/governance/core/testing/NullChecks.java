package org.jiceng.governance.core.testing;

import com.google.common.reflect.ClassPath;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The null-rejection sweep each artifact runs over its API (guava-testlib's {@link
 * NullPointerTester}): which classes are API, and what fails for their static methods and their
 * builders. Each module gives its own tester, with sample values of its own types.
 */
public final class NullChecks {
  private NullChecks() {}

  /** Builders found, and the failures of their methods. */
  public record Builders(int count, List<String> failures) {}

  /**
   * Returns the public top-level classes under a package, leaving out internal and testing
   * packages and test classes.
   *
   * @param root the root package, such as {@code org.jiceng.governance.core}
   * @return the classes
   * @throws IOException if the class path cannot be read
   */
  public static List<Class<?>> publicApiClasses(String root) throws IOException {
    List<Class<?>> out = new ArrayList<>();
    for (ClassPath.ClassInfo info : ClassPath.from(NullChecks.class.getClassLoader()).getTopLevelClassesRecursive(root)) {
      Class<?> c = info.load();
      if (Modifier.isPublic(c.getModifiers()) && !info.getPackageName().contains(".internal") && !c.getSimpleName().endsWith("Test")
          && !c.getSimpleName().endsWith("Properties") && !info.getPackageName().endsWith(".testing")) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Runs the tester over every public static method of the classes.
   *
   * @return one line per class with a method that accepts null
   */
  public static List<String> staticMethodFailures(NullPointerTester tester, List<Class<?>> classes) {
    List<String> failures = new ArrayList<>();
    for (Class<?> c : classes) {
      try {
        tester.testAllPublicStaticMethods(c);
      } catch (AssertionError e) {
        failures.add(c.getName() + ": " + e.getMessage());
      }
    }
    return failures;
  }

  /**
   * Runs the tester over the public methods of a new builder of each class with a static
   * {@code builder()}.
   *
   * @return the builders found and the failures
   * @throws ReflectiveOperationException if a builder cannot be made
   */
  public static Builders builderFailures(NullPointerTester tester, List<Class<?>> classes) throws ReflectiveOperationException {
    List<String> failures = new ArrayList<>();
    int builders = 0;
    for (Class<?> c : classes) {
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
    return new Builders(builders, failures);
  }
}
