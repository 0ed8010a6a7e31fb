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

  /**
   * Runs the tester over the public constructors of the classes (exceptions, modules and other
   * classes made with {@code new}).
   *
   * @return one line per class with a constructor that accepts null
   */
  public static List<String> constructorFailures(NullPointerTester tester, List<Class<?>> classes) {
    List<String> failures = new ArrayList<>();
    for (Class<?> c : classes) {
      if (Modifier.isAbstract(c.getModifiers()) || c.isInterface()) {
        continue;
      }
      try {
        tester.testAllPublicConstructors(c);
      } catch (AssertionError e) {
        failures.add(c.getName() + " constructor: " + e.getMessage());
      }
    }
    return failures;
  }

  /**
   * Runs the tester over the public instance methods of sample instances (readers, writers and
   * other objects that a factory makes), one of each configured kind.
   *
   * @param instances the instances, each described by what made it
   * @return one line per instance with a method that accepts null
   */
  public static List<String> instanceMethodFailures(NullPointerTester tester, java.util.Map<String, ?> instances) {
    List<String> failures = new ArrayList<>();
    instances.forEach((made, instance) -> {
      try {
        tester.testAllPublicInstanceMethods(instance);
      } catch (AssertionError e) {
        failures.add(made + ": " + e.getMessage());
      }
    });
    return failures;
  }

  /**
   * A parameter documented "may be null". The sweep leaves its method or constructor out of the
   * {@code testAll…} runs ({@link #exempting}) and checks every other reference parameter of it
   * one by one ({@link #otherParameterFailures}), so that nothing more than the one parameter is
   * exempted.
   *
   * @param executable the method or constructor
   * @param index the parameter's index
   */
  public record NullableParameter(java.lang.reflect.Executable executable, int index) {}

  /**
   * Makes the tester skip every method and constructor with a documented nullable parameter.
   *
   * @return the tester
   */
  public static NullPointerTester exempting(NullPointerTester tester, List<NullableParameter> nullable) {
    for (NullableParameter n : nullable) {
      if (n.executable() instanceof Method m) {
        tester.ignore(m);
      } else {
        tester.ignore((java.lang.reflect.Constructor<?>) n.executable());
      }
    }
    return tester;
  }

  /**
   * Checks the parameters not documented as nullable of each exempted method or constructor.
   *
   * @param instances an instance for each class declaring an exempted instance method
   * @return one line per parameter that accepts null
   */
  public static List<String> otherParameterFailures(NullPointerTester tester, List<NullableParameter> nullable,
      java.util.Map<Class<?>, ?> instances) {
    List<String> failures = new ArrayList<>();
    java.util.Set<java.lang.reflect.Executable> done = new java.util.HashSet<>();
    for (NullableParameter n : nullable) {
      java.lang.reflect.Executable e = n.executable();
      if (!done.add(e)) {
        continue;
      }
      for (int i = 0; i < e.getParameterCount(); i++) {
        int index = i;
        if (e.getParameterTypes()[i].isPrimitive() || nullable.stream().anyMatch(x -> x.executable().equals(e) && x.index() == index)) {
          continue;
        }
        try {
          if (e instanceof Method m) {
            tester.testMethodParameter(Modifier.isStatic(m.getModifiers()) ? null : instances.get(m.getDeclaringClass()), m, i);
          } else {
            tester.testConstructorParameter((java.lang.reflect.Constructor<?>) e, i);
          }
        } catch (AssertionError failure) {
          failures.add(e + " parameter " + i + ": " + failure.getMessage());
        }
      }
    }
    return failures;
  }
}
