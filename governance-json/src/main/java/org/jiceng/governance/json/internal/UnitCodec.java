package org.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiceng.governance.core.code.UnifiedSocialCreditCode;
import org.jiceng.governance.core.unit.CoBuildingUnit;
import org.jiceng.governance.core.unit.PropertyCompany;
import org.jiceng.governance.core.unit.UnitKind;

/**
 * Reads and writes the county-wide parts of a dataset, co-building units and property companies:
 * they name the areas they serve instead of hanging under one, and hold no personal data. Not API.
 */
public final class UnitCodec {
  private static final Msg UNIT = Msg.of("what.co-building-unit");
  private static final Msg COMPANY = Msg.of("what.property-company");
  private static final Msg CREDIT_CODE = Msg.of("code.credit");

  private UnitCodec() {}

  /**
   * Reads a co-building unit.
   *
   * @param c the cursor on its START_OBJECT
   * @return the unit
   */
  public static CoBuildingUnit readUnit(Cursor c) {
    Mark m = c.mark();
    CoBuildingUnit.Builder b = CoBuildingUnit.builder();
    Set<String> seen = new HashSet<>();
    c.object(UNIT, List.of("id", "name", "creditCode", "kind", "areas"), f -> {
      seen.add(f);
      switch (f) {
        case "id": b.id(c.text()); return true;
        case "name": b.name(c.text()); return true;
        case "creditCode": b.creditCode(c.code(CREDIT_CODE, UnifiedSocialCreditCode::parse)); return true;
        case "kind": b.kind(c.enumValue(UnitKind.class)); return true;
        case "areas": b.addAllAreaIds(c.ids()); return true;
        default: return false;
      }
    });
    c.require(m, UNIT, seen, "id", "name");
    return c.build(m, b::build);
  }

  /**
   * Writes a co-building unit.
   *
   * @param g the generator
   * @param u the unit
   * @throws IOException on a write failure
   */
  public static void write(JsonGenerator g, CoBuildingUnit u) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", u.getId());
    g.writeStringField("name", u.getName());
    PartCodec.opt(g, "creditCode", u.getCreditCode().map(Object::toString));
    g.writeStringField("kind", u.getKind().name());
    PartCodec.ids(g, "areas", u.getAreaIds());
    g.writeEndObject();
  }

  /**
   * Reads a property company.
   *
   * @param c the cursor on its START_OBJECT
   * @return the company
   */
  public static PropertyCompany readPropertyCompany(Cursor c) {
    Mark m = c.mark();
    PropertyCompany.Builder b = PropertyCompany.builder();
    Set<String> seen = new HashSet<>();
    c.object(COMPANY, List.of("id", "name", "creditCode", "compounds"), f -> {
      seen.add(f);
      switch (f) {
        case "id": b.id(c.text()); return true;
        case "name": b.name(c.text()); return true;
        case "creditCode": b.creditCode(c.code(CREDIT_CODE, UnifiedSocialCreditCode::parse)); return true;
        case "compounds": b.addAllCompoundIds(c.ids()); return true;
        default: return false;
      }
    });
    c.require(m, COMPANY, seen, "id", "name");
    return c.build(m, b::build);
  }

  /**
   * Writes a property company.
   *
   * @param g the generator
   * @param p the company
   * @throws IOException on a write failure
   */
  public static void write(JsonGenerator g, PropertyCompany p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.getId());
    g.writeStringField("name", p.getName());
    PartCodec.opt(g, "creditCode", p.getCreditCode().map(Object::toString));
    PartCodec.ids(g, "compounds", p.getCompoundIds());
    g.writeEndObject();
  }

}
