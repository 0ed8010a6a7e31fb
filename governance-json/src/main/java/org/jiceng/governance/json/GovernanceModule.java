package org.jiceng.governance.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jiceng.governance.core.code.DivisionCode;
import org.jiceng.governance.core.code.ResidentIdNumber;
import org.jiceng.governance.core.code.UnifiedSocialCreditCode;
import org.jiceng.governance.core.jurisdiction.Jurisdiction;
import org.jiceng.governance.core.party.PartyOrganization;
import org.jiceng.governance.core.people.CommunityWorker;
import org.jiceng.governance.core.people.GridWorker;
import org.jiceng.governance.core.people.RegisteredPartyMember;
import org.jiceng.governance.core.people.ResponsibilityContact;
import org.jiceng.governance.core.unit.CoBuildingUnit;
import org.jiceng.governance.core.unit.OwnersCommittee;
import org.jiceng.governance.core.unit.PropertyCompany;
import org.jiceng.governance.core.unit.ServiceFacility;
import org.jiceng.governance.json.deser.CodeDeserializer;
import org.jiceng.governance.json.deser.PartDeserializer;
import org.jiceng.governance.json.internal.DatasetParser;
import org.jiceng.governance.json.internal.PartCodec;
import org.jiceng.governance.json.internal.SubtreeAssembler;
import org.jiceng.governance.json.ser.CodeSerializer;
import org.jiceng.governance.json.ser.PartSerializer;
import org.jiceng.governance.json.ser.ResidentIdNumberSerializer;

/**
 * Jackson support for the governance model: the codes as strings, each part in the field layout
 * of the dataset format (with an {@code area} field, since it stands alone; an area with its
 * {@code level} and {@code parent}), a {@link Jurisdiction} as a whole {@code jiceng.dataset/1}
 * document, standards profiles as {@code jiceng.profile/1} (an {@code extends} resolves among the
 * built-in profiles), and compliance reports as {@code jiceng.report/1} (write only).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule());
 * // or: new ObjectMapper().findAndRegisterModules();
 * }</pre>
 *
 * <p>Features ({@link GovernanceFeature}) and the language of rendered report messages are fixed
 * when the module is made; by default identity and phone numbers are written masked, and messages
 * follow jiceng's one language setting ({@link Languages#fromEnvironment()}: {@code JICENG_LANG},
 * else the locale when Chinese or English, else Chinese), as the command-line tool does. Give the
 * locale to decide it: {@code new GovernanceModule(Set.of(), Locale.ENGLISH)}; the problems of
 * reading (a {@code JsonMappingException}'s message) are worded in the same language. Reading applies the dataset format's strict
 * rules (unknown fields, wrong types, negative counts are errors); to reject duplicate keys too,
 * enable {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION} on the mapper's factory.
 */
public final class GovernanceModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private final EnumSet<GovernanceFeature> features;
  private final Locale messageLocale;

  /** Creates the module with every feature at its default, messages in jiceng's language setting. */
  public GovernanceModule() {
    this(defaults());
  }

  /**
   * Creates the module with the given features switched on and the others off, messages in
   * jiceng's language setting ({@link Languages#fromEnvironment()}).
   *
   * @param enabled the features to switch on, not null
   */
  public GovernanceModule(Set<GovernanceFeature> enabled) {
    this(enabled, Languages.fromEnvironment());
  }

  /**
   * Creates the module with the given features switched on and the others off, and the messages
   * of compliance reports rendered in {@code messages}.
   *
   * @param enabled the features to switch on, not null
   * @param messages the locale of rendered messages, not null; Chinese and English have bundles,
   *     any other falls back to them as {@link java.util.ResourceBundle} does
   */
  public GovernanceModule(Set<GovernanceFeature> enabled, Locale messages) {
    super("jiceng-governance", PackageVersion.VERSION);
    this.features = enabled.isEmpty() ? EnumSet.noneOf(GovernanceFeature.class) : EnumSet.copyOf(enabled);
    this.messageLocale = requireNonNull(messages, "messages");
    boolean full = features.contains(GovernanceFeature.WRITE_PERSONAL_DATA_IN_FULL);
    PartCodec codec = new PartCodec(full);

    addSerializer(DivisionCode.class, new CodeSerializer<>(DivisionCode.class));
    addDeserializer(DivisionCode.class, new CodeDeserializer<>(DivisionCode.class, DivisionCode::parse, messageLocale));
    addSerializer(UnifiedSocialCreditCode.class, new CodeSerializer<>(UnifiedSocialCreditCode.class));
    addDeserializer(UnifiedSocialCreditCode.class, new CodeDeserializer<>(UnifiedSocialCreditCode.class, UnifiedSocialCreditCode::parse, messageLocale));
    addSerializer(ResidentIdNumber.class, full ? ResidentIdNumberSerializer.FULL : ResidentIdNumberSerializer.MASKED);
    addDeserializer(ResidentIdNumber.class, new CodeDeserializer<>(ResidentIdNumber.class, ResidentIdNumber::parse, messageLocale));

    part(PartyOrganization.class, (g, v) -> codec.write(g, v, true), c -> codec.readPartyOrganization(c, null));
    part(CommunityWorker.class, (g, v) -> codec.write(g, v, true), c -> codec.readCommunityWorker(c, null));
    part(GridWorker.class, (g, v) -> codec.write(g, v, true), c -> codec.readGridWorker(c, null));
    part(RegisteredPartyMember.class, (g, v) -> codec.write(g, v, true), c -> codec.readPartyMember(c, null));
    part(ResponsibilityContact.class, (g, v) -> codec.write(g, v, true), c -> codec.readContact(c, null));
    part(ServiceFacility.class, (g, v) -> codec.write(g, v, true), c -> codec.readFacility(c, null));
    part(OwnersCommittee.class, (g, v) -> codec.write(g, v, true), c -> codec.readOwnersCommittee(c, null));
    part(CoBuildingUnit.class, codec::write, codec::readUnit);
    part(PropertyCompany.class, codec::write, codec::readPropertyCompany);

    part(org.jiceng.governance.core.area.Area.class, codec::write, codec::readArea);
    part(org.jiceng.governance.rules.profile.StandardsProfile.class, (g, v) -> ProfileFormat.write(v, g),
        c -> ProfileFormat.read(c, org.jiceng.governance.rules.profile.BuiltInProfiles::find));
    // Reports are written only: their messages are rendered text, not the keys they came from.
    addSerializer(org.jiceng.governance.rules.compliance.ComplianceReport.class,
        new PartSerializer<>(org.jiceng.governance.rules.compliance.ComplianceReport.class, (g, v) -> ReportFormat.write(v, messages, g)));
    DatasetWriter writer = DatasetWriter.standard().withPersonalDataInFull(full);
    part(Jurisdiction.class, (g, v) -> writer.write(v, g), GovernanceModule::readJurisdiction);
  }

  private static Jurisdiction readJurisdiction(org.jiceng.governance.json.internal.Cursor c) {
    SubtreeAssembler assembler = new SubtreeAssembler(false, p -> {});
    new DatasetParser(c, false, p -> {}).parseValue(assembler.wholeSink(c));
    return assembler.buildWhole(c);
  }

  private <T> void part(
      Class<T> type,
      PartSerializer.Writer<T> write,
      java.util.function.Function<org.jiceng.governance.json.internal.Cursor, T> read) {
    // Subclasses generated by Immutables are found through the abstract type.
    addSerializer(type, new PartSerializer<>(type, write));
    addDeserializer(type, new PartDeserializer<>(type, read, messageLocale));
  }

  private static EnumSet<GovernanceFeature> defaults() {
    EnumSet<GovernanceFeature> on = EnumSet.noneOf(GovernanceFeature.class);
    for (GovernanceFeature f : GovernanceFeature.values()) {
      if (f.isEnabledByDefault()) {
        on.add(f);
      }
    }
    return on;
  }

  /**
   * Returns the locale in which this module renders the messages of compliance reports.
   *
   * @return the locale
   */
  public Locale getMessageLocale() {
    return messageLocale;
  }

  /**
   * Tells whether a feature is on in this module.
   *
   * @param feature the feature, not null
   * @return true when on
   */
  public boolean isEnabled(GovernanceFeature feature) {
    return features.contains(java.util.Objects.requireNonNull(feature, "feature"));
  }

  @Override
  public Object getTypeId() {
    return GovernanceModule.class.getName();
  }

}
