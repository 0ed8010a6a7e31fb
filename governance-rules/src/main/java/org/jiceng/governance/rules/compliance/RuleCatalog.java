package org.jiceng.governance.rules.compliance;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The rules the library knows: its built-in catalog and those registered through {@link ServiceLoader}.
 *
 * <p>The built-in rules are service providers too ({@code provides Rule} in the module descriptor,
 * {@code META-INF/services} on the class path), told apart by their package, so that this API
 * package does not depend on the package that implements them.
 */
public final class RuleCatalog {
  /** The package of the built-in rules' classes; not exported. */
  private static final String BUILT_IN_PACKAGE = "org.jiceng.governance.rules.internal";

  private static final ImmutableList<Rule> BUILT_IN = loadBuiltIn();

  private RuleCatalog() {}

  private static ImmutableList<Rule> loadBuiltIn() {
    ImmutableList<Rule> rules = ServiceLoader.load(Rule.class, RuleCatalog.class.getClassLoader()).stream()
        .filter(p -> p.type().getPackageName().equals(BUILT_IN_PACKAGE))
        .map(ServiceLoader.Provider::get)
        .collect(ImmutableList.toImmutableList());
    if (rules.isEmpty()) {
      throw new IllegalStateException("The built-in rules are not registered: a repackaged jar lost "
          + "META-INF/services/" + Rule.class.getName() + " (merge service files when shading)");
    }
    return rules;
  }

  /**
   * Returns the built-in rules.
   *
   * @return the rules, in catalog order
   */
  public static ImmutableList<Rule> builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns the built-in rules followed by every rule registered in {@code
   * META-INF/services/org.jiceng.governance.rules.compliance.Rule} on the context class loader.
   *
   * @return the rules
   * @throws IllegalStateException if two rules share an id
   */
  public static ImmutableList<Rule> load() {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule r : builtIn()) {
      byId.put(r.getId(), r);
    }
    Iterable<Rule> registered = ServiceLoader.load(Rule.class).stream()
        .filter(p -> !p.type().getPackageName().equals(BUILT_IN_PACKAGE))
        .map(ServiceLoader.Provider::get)::iterator;
    for (Rule r : registered) {
      Rule before = byId.putIfAbsent(r.getId(), r);
      if (before != null) {
        throw new IllegalStateException("Two rules share the id '" + r.getId() + "': "
            + before.getClass().getName() + " and " + r.getClass().getName());
      }
    }
    return ImmutableList.copyOf(byId.values());
  }

  /**
   * Finds a rule by id among {@link #load()}.
   *
   * @param id the id
   * @return the rule, or empty
   */
  public static Optional<Rule> find(String id) {
    java.util.Objects.requireNonNull(id, "id");
    return load().stream().filter(r -> r.getId().equals(id)).findFirst();
  }
}
