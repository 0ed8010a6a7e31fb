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

  /**
   * Checks that the {@link NullPointerException} a null argument causes names the argument: for
   * each public static method of the classes and each public method of a new builder of each class
   * with a static {@code builder()}, each reference parameter in turn is given null and the others
   * the tester's own values; the exception's message must contain the parameter's name (the code is
   * compiled with {@code -parameters}), or, for a builder method, the method's name (the attribute
   * it sets). Methods the tester ignores and parameters it treats as nullable are left out, as it
   * leaves them out. Two kinds of method are left out because their message is not ours: an enum's
   * {@code valueOf} (the JDK's "Name is null") and the collection adders Immutables generates
   * ({@code addX(element)}, {@code addX(elements...)}, {@code addAllX}, {@code putX}), whose null
   * check is Guava's collection builders' (no message); both still refuse null, which {@code
   * NullPointerTester} checks. {@code NullPointerTester} checks only that null is refused; this checks the
   * issue's second half, "with the argument named".
   *
   * <p>The tester's argument lists are read through its private {@code buildParamList} (so that both
   * checks pass the same arguments); a guava-testlib that renames it fails this loudly.
   *
   * @return the number of parameters checked and one line per unnamed one
   * @throws ReflectiveOperationException if the tester cannot be read or a builder cannot be made
   */
  public static Named unnamedNullFailures(NullPointerTester tester, List<Class<?>> classes) throws ReflectiveOperationException {
    Method buildParams = NullPointerTester.class.getDeclaredMethod("buildParamList", com.google.common.reflect.Invokable.class, int.class);
    buildParams.setAccessible(true);
    Method ignored = NullPointerTester.class.getDeclaredMethod("isIgnored", java.lang.reflect.Member.class);
    ignored.setAccessible(true);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Class<?> c : classes) {
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()
            && !(boolean) ignored.invoke(tester, m) && !(c.isEnum() && m.getName().equals("valueOf"))) {
          checked += checkNamed(tester, buildParams, null, null, m, failures);
        }
      }
      Method builder;
      try {
        builder = c.getMethod("builder");
      } catch (NoSuchMethodException none) {
        continue;
      }
      if (Modifier.isStatic(builder.getModifiers())) {
        for (Method m : builder.getReturnType().getMethods()) {
          if (!Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class && !(boolean) ignored.invoke(tester, m)
              && !isGeneratedCollectionAdder(m)) {
            checked += checkNamed(tester, buildParams, builder, c, m, failures);
          }
        }
      }
    }
    return new Named(checked, failures);
  }

  /** Parameters checked, and the ones whose null was refused without being named. */
  public record Named(int checked, List<String> failures) {}

  private static int checkNamed(NullPointerTester tester, Method buildParams, Method builder, Class<?> owner, Method m,
      List<String> failures) throws ReflectiveOperationException {
    m.setAccessible(true); // builder methods are declared by the package-private generated builder
    com.google.common.reflect.Invokable<?, ?> invokable = com.google.common.reflect.Invokable.from(m);
    int checked = 0;
    java.lang.reflect.Parameter[] parameters = m.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().isPrimitive() || isNullable(invokable.getParameters().get(i))) {
        continue;
      }
      Object[] args = (Object[]) buildParams.invoke(tester, invokable, i);
      Throwable thrown;
      try {
        m.invoke(builder == null ? null : builder.invoke(null), args);
        continue; // accepting null is NullPointerTester's finding, not this check's
      } catch (java.lang.reflect.InvocationTargetException e) {
        thrown = e.getCause();
      }
      if (!(thrown instanceof NullPointerException)) {
        continue;
      }
      checked++;
      String message = thrown.getMessage() == null ? "" : thrown.getMessage();
      String name = parameters[i].isNamePresent() ? parameters[i].getName() : null;
      boolean named = name != null && message.contains(name) || builder != null && message.contains(m.getName());
      if (!named) {
        failures.add((owner == null ? m.getDeclaringClass().getName() : owner.getName() + ".builder()") + "." + m.getName()
            + " parameter " + i + " (" + name + "): " + (message.isEmpty() ? "no message" : "\"" + message + "\""));
      }
    }
    return checked;
  }

  private static boolean isGeneratedCollectionAdder(Method m) {
    return m.getDeclaringClass().getSimpleName().equals("Builder") && m.getDeclaringClass().getEnclosingClass() != null
        && m.getDeclaringClass().getEnclosingClass().getSimpleName().startsWith("Immutable")
        && (m.getName().startsWith("add") || m.getName().startsWith("put"));
  }

  private static boolean isNullable(com.google.common.reflect.Parameter p) {
    for (java.lang.annotation.Annotation a : p.getAnnotations()) {
      if (a.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }
}
