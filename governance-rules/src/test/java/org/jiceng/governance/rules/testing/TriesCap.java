package org.jiceng.governance.rules.testing;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Caps the tries of every jqwik property, including those with an explicit
 * {@code @Property(tries = N)}, when the system property {@value #CAP_PROPERTY} is set
 * (最大尝试次数). Without it nothing changes, so normal builds keep each property's own count.
 *
 * <p>Only the {@code mutation} profile sets it: PIT runs the covering tests once per mutant, and
 * a property with 300 to 500 tries made a full mutation run of this module take hours. jqwik's
 * own {@code jqwik.tries.default} reaches only properties without explicit tries. Registered for
 * the whole test run through {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
public final class TriesCap implements AroundPropertyHook {

  /** The system property naming the most tries a property may run. */
  public static final String CAP_PROPERTY = "jiceng.tries.max";

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    String cap = System.getProperty(CAP_PROPERTY);
    if (cap != null && !cap.isBlank()) {
      int max = Integer.parseInt(cap.strip());
      if (max < 1) {
        throw new IllegalArgumentException(CAP_PROPERTY + " must be at least 1, was " + cap);
      }
      int tries = context.attributes().tries().orElse(Integer.MAX_VALUE);
      context.attributes().setTries(Math.min(tries, max));
    }
    return property.execute();
  }
}
