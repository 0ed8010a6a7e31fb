/** An application embedding jiceng, as a user writes it: it names only the JSON module. */
module org.jiceng.governance.consumer {
  requires org.jiceng.governance.json;

  // Not exported: an application, not a library. Opened because the Bean Validation provider
  // reads the constrained fields of Resident by reflection.
  opens org.jiceng.governance.consumer;

  // A rule of the application's own, found by the library's ServiceLoader. Its message bundle sits
  // in a package of its own, not exported, opened only to the rules module, which looks the bundle
  // up on the rule's behalf (the JDK reads a named module's properties bundle for another module
  // only from a package opened to it).
  provides org.jiceng.governance.rules.compliance.Rule with org.jiceng.governance.consumer.TrialNameRule;
  opens org.jiceng.governance.consumer.messages to org.jiceng.governance.rules;
}
