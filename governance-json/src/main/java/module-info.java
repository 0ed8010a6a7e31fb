/**
 * The file formats (jiceng.dataset/1 and the others, with their JSON Schemas), strict streaming
 * reading, {@code DatasetValidator}, and the Jackson module {@code GovernanceModule}.
 *
 * <p>Jackson appears in public signatures ({@code JsonGenerator}, {@code SimpleModule}), so a
 * module that reads this one reads Jackson too. The serializers and deserializers behind {@code
 * GovernanceModule} are in packages that are not exported.
 */
module org.jiceng.governance.json {
  requires transitive org.jiceng.governance.rules;
  requires transitive com.fasterxml.jackson.databind;

  // Compile-only: the code Immutables generates carries Error Prone's CLASS-retention annotations
  // (@CanIgnoreReturnValue, @Var), which need nothing at run time.
  requires static com.google.errorprone.annotations;

  exports org.jiceng.governance.json;

  // Resources only: the published JSON Schemas.
  opens org.jiceng.governance.json.schema;

  // ObjectMapper.findAndRegisterModules() finds it, on the module path as on the class path.
  provides com.fasterxml.jackson.databind.Module with org.jiceng.governance.json.GovernanceModule;
}
