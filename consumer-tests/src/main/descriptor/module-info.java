/** An application embedding jiceng, as a user writes it: it names only the JSON module. */
module org.jiceng.governance.consumer {
  requires org.jiceng.governance.json;

  // Not exported: an application, not a library. Opened because the Bean Validation provider
  // reads the constrained fields of Resident by reflection.
  opens org.jiceng.governance.consumer;
}
