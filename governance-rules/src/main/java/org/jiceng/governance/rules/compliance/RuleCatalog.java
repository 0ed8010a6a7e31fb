package org.jiceng.governance.rules.compliance;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jiceng.governance.rules.internal.BuiltInRules;

/** The rules the library knows: its built-in catalog and those registered through {@link ServiceLoader}. */
public final class RuleCatalog {
  private RuleCatalog() {}

  /**
   * Returns the built-in rules.
   *
   * @return the rules, in catalog order
   */
  public static ImmutableList<Rule> builtIn() {
    return BuiltInRules.all();
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
    for (Rule r : ServiceLoader.load(Rule.class)) {
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
