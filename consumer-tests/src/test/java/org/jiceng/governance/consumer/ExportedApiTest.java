package org.jiceng.governance.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No exported package of the libraries shows a type of a package they do not export: every
 * public or protected constructor, method, field, supertype and thrown type of every public type
 * in an exported package is checked, type arguments and bounds included.
 */
class ExportedApiTest {

  @Test
  void exportedPackages_holdNoInternalTypeInPublicSignatures() throws Exception {
    List<String> leaks = new ArrayList<>();
    int types = 0;
    for (String name : ModulePathTest.LIBRARIES) {
      Module module = ModuleLayer.boot().findModule(name).orElseThrow();
      for (Class<?> c : exportedTypes(module)) {
        types++;
        check(c, leaks);
      }
    }
    assertThat(types).as("public types seen in exported packages").isGreaterThan(200);
    assertThat(leaks).isEmpty();
  }

  @Test
  void exportedTypes_areValuesWithGetters_notRecords() throws Exception {
    // Issue 13: one vocabulary. Records read as id(), the values as getId(); the API uses the second.
    List<String> records = new ArrayList<>();
    for (String name : ModulePathTest.LIBRARIES) {
      for (Class<?> c : exportedTypes(ModuleLayer.boot().findModule(name).orElseThrow())) {
        if (c.isRecord()) {
          records.add(c.getName());
        }
      }
    }
    assertThat(records).isEmpty();
  }

  @Test
  void check_findsAnInternalTypeInASignature() {
    // The check itself can fail: a built-in rule's public class extends an internal base class.
    List<String> leaks = new ArrayList<>();
    check(classNamed("org.jiceng.governance.rules.internal.LocalRules$AreaChain"), leaks);
    assertThat(leaks).anyMatch(l -> l.endsWith(" shows org.jiceng.governance.rules.internal.BaseRule"));
    assertThat(hidden(Object.class)).isFalse();
    assertThat(hidden(classNamed("org.jiceng.governance.rules.internal.LocalRules"))).isTrue();
    assertThat(hidden(classNamed("org.jiceng.governance.json.deser.PartDeserializer"))).isTrue();
  }

  private static Class<?> classNamed(String name) {
    try {
      return Class.forName(name, false, ExportedApiTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Set<Class<?>> exportedTypes(Module module) throws IOException {
    ResolvedModule resolved = ModuleLayer.boot().configuration().findModule(module.getName()).orElseThrow();
    Set<Class<?>> out = new java.util.LinkedHashSet<>();
    try (ModuleReader reader = resolved.reference().open()) {
      List<String> classes = reader.list()
          .filter(n -> n.endsWith(".class") && !n.equals("module-info.class") && !n.startsWith("META-INF/"))
          .collect(Collectors.toList());
      for (String file : classes) {
        String binary = file.substring(0, file.length() - ".class".length()).replace('/', '.');
        Class<?> c = Class.forName(module, binary);
        if (c != null && module.isExported(c.getPackageName()) && visible(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static boolean visible(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static void check(Class<?> c, List<String> leaks) {
    Set<String> seen = new TreeSet<>();
    if (c.getGenericSuperclass() != null) {
      collect(c.getGenericSuperclass(), seen);
    }
    for (Type t : c.getGenericInterfaces()) {
      collect(t, seen);
    }
    for (Field f : c.getDeclaredFields()) {
      if (exposed(f.getModifiers(), f.isSynthetic())) {
        collect(f.getGenericType(), seen);
      }
    }
    List<Executable> executables = new ArrayList<>(List.of(c.getDeclaredConstructors()));
    for (Method m : c.getDeclaredMethods()) {
      if (!m.isBridge()) {
        executables.add(m);
      }
    }
    for (Executable e : executables) {
      if (!exposed(e.getModifiers(), e.isSynthetic())) {
        continue;
      }
      if (e instanceof Method m) {
        collect(m.getGenericReturnType(), seen);
      }
      for (Type t : e.getGenericParameterTypes()) {
        collect(t, seen);
      }
      for (Type t : e.getGenericExceptionTypes()) {
        collect(t, seen);
      }
    }
    for (String s : seen) {
      leaks.add(c.getName() + " shows " + s);
    }
  }

  private static boolean exposed(int modifiers, boolean synthetic) {
    return !synthetic && (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers));
  }

  private static void collect(Type t, Set<String> out) {
    if (t instanceof Class<?> k) {
      while (k.isArray()) {
        k = k.getComponentType();
      }
      if (hidden(k)) {
        out.add(k.getName());
      }
    } else if (t instanceof ParameterizedType p) {
      collect(p.getRawType(), out);
      for (Type a : p.getActualTypeArguments()) {
        collect(a, out);
      }
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        collect(b, out);
      }
      for (Type b : w.getLowerBounds()) {
        collect(b, out);
      }
    } else if (t instanceof GenericArrayType g) {
      collect(g.getGenericComponentType(), out);
    } else if (t instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        if (!(b instanceof TypeVariable<?>)) {
          collect(b, out);
        }
      }
    }
  }

  /** A type of one of the libraries in a package its module does not export. */
  private static boolean hidden(Class<?> k) {
    Module m = k.getModule();
    return m.isNamed() && ModulePathTest.LIBRARIES.contains(m.getName()) && !m.isExported(k.getPackageName());
  }
}
