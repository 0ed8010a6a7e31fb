/**
 * The immutable domain model: areas, party organizations, people, units, facilities, the Chinese
 * codes (统计用区划代码, 统一社会信用代码, 公民身份号码) and their Jakarta constraint annotations.
 *
 * <p>Guava and Jakarta Validation appear in public signatures ({@code ImmutableList}, {@code
 * jakarta.validation.Constraint}), so a module that reads this one reads them too. The Immutables
 * annotations are on the model's abstract types in the class files: they are read by a consumer's
 * compiler, which warns without them, and ship as an ordinary dependency (see the POM).
 */
// value-annotations is an automatic module (Automatic-Module-Name, no descriptor); its name is stable.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module org.jiceng.governance.core {
  requires transitive com.google.common;
  requires transitive jakarta.validation;
  requires transitive org.immutables.value.annotations;

  // Compile-only: the code Immutables generates carries Error Prone's CLASS-retention annotations
  // (@CanIgnoreReturnValue, @Var), which need nothing at run time.
  requires static com.google.errorprone.annotations;

  exports org.jiceng.governance.core;
  exports org.jiceng.governance.core.area;
  exports org.jiceng.governance.core.code;
  exports org.jiceng.governance.core.constraints;
  exports org.jiceng.governance.core.jurisdiction;
  exports org.jiceng.governance.core.party;
  exports org.jiceng.governance.core.people;
  exports org.jiceng.governance.core.unit;

  // The constraint annotations name their validators in validatedBy; a Bean Validation provider
  // (Hibernate Validator, Apache BVal, ...) instantiates them by reflection. Opened, not exported:
  // no code compiles against them.
  // The message renderer shared with the rules' engine texts; not API.
  exports org.jiceng.governance.core.internal to org.jiceng.governance.rules;

  opens org.jiceng.governance.core.internal.validation;
}
