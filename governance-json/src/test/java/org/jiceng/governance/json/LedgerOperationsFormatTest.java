package org.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.Locale;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jiceng.governance.rules.ledger.Account;
import org.jiceng.governance.rules.ledger.AccountKind;
import org.jiceng.governance.rules.ledger.Ledger;
import org.jiceng.governance.rules.ledger.LedgerUnit;
import org.jiceng.governance.rules.ledger.Operation;
import org.junit.jupiter.api.Test;

class LedgerOperationsFormatTest {
  private static final Instant T = Instant.parse("2025-01-02T01:00:00Z");
  private static final List<Operation> OPS = List.of(
      Operation.OpenAccount.of("o1", T, Account.builder().id("p1").kind(AccountKind.PASSBOOK).unit(LedgerUnit.POINTS).communityId("c1").build()),
      Operation.Accrue.of("a1", T.plusSeconds(60), "p1", "parcel-collection", 2));

  @Test
  void write_readReplaysTheSameLedgerAndPassesTheSchema() throws Exception {
    String json = LedgerOperationsFormat.writeToString("liaoning-jianping-points", OPS);
    Ledger read = LedgerOperationsFormat.read(Texts.in(json), "ops.json", Locale.ENGLISH);

    assertThat(read.log()).containsExactlyElementsOf(OPS);
    assertThat(read.balance("p1")).isEqualTo(4);
    try (InputStream in = getClass().getResourceAsStream("/org/jiceng/governance/json/schema/jiceng.ledger-operations-1.schema.json")) {
      var s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      assertThat(s.validate(new ObjectMapper().readTree(json))).isEmpty();
    }
  }

  @Test
  void read_everyOperationTypeOfTheFormat() {
    String json = "{\"format\": \"jiceng.ledger-operations/1\", \"policy\": \"liaoning-jianping-points\", \"operations\": [\n"
        + "{\"type\": \"OpenAccount\", \"id\": \"o1\", \"at\": \"2025-01-02T01:00:00Z\", \"account\": {\"id\": \"p1\", \"kind\": \"PASSBOOK\","
        + " \"unit\": \"POINTS\", \"community\": \"c1\", \"inNeed\": true}},\n"
        + "{\"type\": \"OpenAccount\", \"id\": \"o2\", \"at\": \"2025-01-02T01:00:00Z\", \"account\": {\"id\": \"p2\", \"kind\": \"PASSBOOK\","
        + " \"unit\": \"POINTS\"}},\n"
        + "{\"type\": \"Accrue\", \"id\": \"a1\", \"at\": \"2025-01-03T01:00:00Z\", \"account\": \"p1\", \"activity\": \"parcel-collection\","
        + " \"quantity\": 3},\n"
        + "{\"type\": \"Reverse\", \"id\": \"r1\", \"at\": \"2025-01-06T01:00:00Z\", \"target\": \"a1\"},\n"
        + "{\"type\": \"Expire\", \"id\": \"e1\", \"at\": \"2025-01-07T01:00:00Z\"}]}";

    Ledger l = LedgerOperationsFormat.read(Texts.in(json), "ops.json", Locale.ENGLISH);
    assertThat(l.log()).hasSize(5);
    assertThat(l.getAccount("p1").orElseThrow().isInNeed()).isTrue();
    assertThat(l.balance("p1")).isZero();
  }

  @Test
  void read_transferIsParsedAndThenRefusedByAPolicyWithoutTransfers() {
    String json = "{\"format\": \"jiceng.ledger-operations/1\", \"policy\": \"liaoning-jianping-points\", \"operations\": [\n"
        + "{\"type\": \"Transfer\", \"id\": \"t1\", \"at\": \"2025-01-04T01:00:00Z\", \"from\": \"p1\", \"to\": \"p2\", \"amount\": 1}]}";

    assertThatThrownBy(() -> LedgerOperationsFormat.read(Texts.in(json), "ops.json", Locale.ENGLISH)).hasMessageContaining("'t1'").hasMessageContaining("transfers");
  }

  @Test
  void read_refusedOperationIsAnErrorWhereItStands() {
    String json = "{\"format\": \"jiceng.ledger-operations/1\", \"policy\": \"liaoning-jianping-points\", \"operations\": [\n"
        + "  {\"type\": \"Accrue\", \"id\": \"a1\", \"at\": \"2025-01-03T01:00:00Z\", \"account\": \"nobody\", \"activity\": \"parcel-collection\","
        + " \"quantity\": 1}]}";

    assertThatThrownBy(() -> LedgerOperationsFormat.read(Texts.in(json), "ops.json", Locale.ENGLISH)).isInstanceOf(LedgerOperationsFormatException.class)
        .hasMessageContaining("ops.json:2:3").hasMessageContaining("/operations/0").hasMessageContaining("nobody");
  }

  @Test
  void read_unknownPolicyNamesTheKnownOnes() {
    assertThatThrownBy(() -> LedgerOperationsFormat.read(Texts.in("{\"format\": \"jiceng.ledger-operations/1\", \"policy\": \"x\", \"operations\": []}"),
        "ops.json", Locale.ENGLISH)).isInstanceOf(LedgerOperationsFormatException.class).hasMessageContaining("liaoning-jianping-points");
  }
}
