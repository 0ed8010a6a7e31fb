package org.jiceng.governance.core.testing;

import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.code.ResidentIdNumber;
import org.jiceng.governance.core.code.UnifiedSocialCreditCode;

/** Registers the shared generators so a property can simply declare {@code @ForAll DivisionCode}. */
public final class GovernanceArbitraryProvider implements ArbitraryProvider {
  private static final java.util.Map<Class<?>, Supplier<Arbitrary<?>>> GENERATORS =
      java.util.Map.of(
          DivisionCode.class, CodeArbitraries::divisionCodes,
          UnifiedSocialCreditCode.class, CodeArbitraries::creditCodes,
          ResidentIdNumber.class, CodeArbitraries::residentIds);

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return GENERATORS.keySet().stream().anyMatch(targetType::isOfType);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return GENERATORS.entrySet().stream()
        .filter(e -> targetType.isOfType(e.getKey()))
        .map(e -> e.getValue().get())
        .collect(java.util.stream.Collectors.toSet());
  }
}
