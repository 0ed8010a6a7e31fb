package org.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jiceng.governance.json.internal.Cursor;
import org.jiceng.governance.json.internal.Msg;
import org.jiceng.governance.json.internal.FormatIo;
import org.jiceng.governance.json.internal.Mark;
import org.jiceng.governance.rules.ledger.Account;
import org.jiceng.governance.rules.ledger.AccountKind;
import org.jiceng.governance.rules.ledger.Ledger;
import org.jiceng.governance.rules.ledger.LedgerException;
import org.jiceng.governance.rules.ledger.LedgerPolicies;
import org.jiceng.governance.rules.ledger.LedgerPolicy;
import org.jiceng.governance.rules.ledger.LedgerUnit;
import org.jiceng.governance.rules.ledger.Operation;

/**
 * The points-ledger log format {@code jiceng.ledger-operations/1} (schema
 * {@code jiceng.ledger-operations-1.schema.json}): a built-in ledger policy and the operations an
 * embedding system stored, replayed into a {@link Ledger}.
 *
 * <pre>{@code
 * {"format": "jiceng.ledger-operations/1", "policy": "liaoning-jianping-points",
 *  "operations": [
 *    {"type": "OpenAccount", "id": "o1", "at": "2025-01-02T01:00:00Z",
 *     "account": {"id": "p1", "kind": "PASSBOOK", "unit": "POINTS", "community": "c1"}},
 *    {"type": "Accrue", "id": "a1", "at": "2025-01-05T02:00:00Z", "account": "p1", "activity": "parcel-collection", "quantity": 1}]}
 * }</pre>
 *
 * <p>Types: {@code OpenAccount}, {@code Accrue}, {@code Restock}, {@code Redeem}, {@code Transfer},
 * {@code Donate}, {@code Expire}, {@code Reverse}, with the fields of {@link Operation}'s records. An
 * operation the ledger refuses is an error at its place in the file.
 */
public final class LedgerOperationsFormat {
  /** The format name. */
  public static final String FORMAT = "jiceng.ledger-operations/1";

  private static final Msg DOCUMENT = Msg.of("what.document", FORMAT);
  private static final Msg OPERATION = Msg.of("what.operation");
  private static final Msg ACCOUNT = Msg.of("what.account");

  private LedgerOperationsFormat() {}

  /**
   * Writes OpenAccount and Accrue operations (the ones a participation figure needs).
   *
   * @param policy the policy id, not null
   * @param operations the operations, not null
   * @param out the output, not null; left open
   * @throws IllegalArgumentException for another operation type
   */
  public static void write(String policy, List<? extends Operation> operations, OutputStream out) {
    requireNonNull(policy, "policy");
    requireNonNull(operations, "operations");
    FormatIo.write(out, g -> body(g, policy, operations));
  }

  /**
   * Writes to a string, as {@link #write(String, List, OutputStream)} does.
   *
   * @param policy the policy id, not null
   * @param operations the operations, not null
   * @return the JSON text
   * @throws IllegalArgumentException for another operation type
   */
  public static String writeToString(String policy, List<? extends Operation> operations) {
    requireNonNull(policy, "policy");
    requireNonNull(operations, "operations");
    return FormatIo.writeToString(g -> body(g, policy, operations));
  }

  private static void body(JsonGenerator g, String policy, List<? extends Operation> operations) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeStringField("policy", policy);
    g.writeArrayFieldStart("operations");
    for (Operation op : operations) {
      g.writeStartObject();
      g.writeStringField("type", org.jiceng.governance.core.DisplayText.typeName(op.getClass()));
      if (op instanceof Operation.OpenAccount o) {
        g.writeStringField("id", o.getId());
        g.writeStringField("at", o.getAt().toString());
        Account a = o.getAccount();
        g.writeObjectFieldStart("account");
        g.writeStringField("id", a.getId());
        g.writeStringField("kind", a.getKind().name());
        g.writeStringField("unit", a.getUnit().name());
        if (a.getCommunityId().isPresent()) {
          g.writeStringField("community", a.getCommunityId().get());
        }
        g.writeEndObject();
      } else if (op instanceof Operation.Accrue a) {
        g.writeStringField("id", a.getId());
        g.writeStringField("at", a.getAt().toString());
        g.writeStringField("account", a.getAccount());
        g.writeStringField("activity", a.getActivity());
        g.writeNumberField("quantity", a.getQuantity());
        if (a.getConfirmedBy().isPresent()) {
          g.writeStringField("confirmedBy", a.getConfirmedBy().get());
        }
      } else {
        throw new IllegalArgumentException("Only OpenAccount and Accrue are written, found " + org.jiceng.governance.core.DisplayText.typeName(op.getClass()));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Reads a file and replays it.
   *
   * @param file the file, not null
   * @return the ledger
   * @throws LedgerOperationsFormatException naming the place of the first problem, including an operation the ledger refuses, in jiceng's language setting ({@link Languages#fromEnvironment()})
   */
  public static Ledger read(Path file) {
    return read(file, Languages.fromEnvironment());
  }

  /**
   * Reads a file and replays it.
   *
   * @param file the file, not null
   * @param locale the language of problems, not null
   * @return the ledger
   * @throws LedgerOperationsFormatException naming the place of the first problem, including an operation the ledger refuses
   * @since 0.2
   */
  public static Ledger read(Path file, Locale locale) {
    requireNonNull(locale, "locale");
    return FormatIo.readFile(file, (in, source) -> read(in, source, locale));
  }

  /**
   * Reads a stream and replays it; the stream is not closed.
   *
   * @param in the input, not null
   * @param source the label of the input, not null
   * @return the ledger
   * @throws LedgerOperationsFormatException naming the place of the first problem, including an operation the ledger refuses,
   *     in jiceng's language setting ({@link Languages#fromEnvironment()})
   */
  public static Ledger read(InputStream in, String source) {
    return read(in, source, Languages.fromEnvironment());
  }

  /**
   * Reads a stream and replays it, problems in a language; the stream is not closed.
   *
   * @param in the input, not null
   * @param source the label of the input, not null
   * @param locale the language of problems, not null
   * @return the ledger
   * @throws LedgerOperationsFormatException naming the place of the first problem, including an operation the ledger refuses
   * @since 0.2
   */
  public static Ledger read(InputStream in, String source, Locale locale) {
    return FormatIo.read(in, source, LedgerOperationsFormatException::new, locale, c -> {
      Ledger[] ledger = {null};
      Mark start = c.mark();
      Set<String> seen = new HashSet<>();
      c.object(DOCUMENT, List.of("format", "policy", "operations"), f -> {
        seen.add(f);
        switch (f) {
          case "format":
            FormatIo.format(c, FORMAT);
            return true;
          case "policy":
            String id = c.text();
            LedgerPolicy policy = LedgerPolicies.find(id).orElseThrow(() -> c.expected("what.ledger-policy",
                String.join(", ", LedgerPolicies.all().stream().map(LedgerPolicy::getId).toArray(String[]::new))));
            ledger[0] = Ledger.of(policy);
            return true;
          case "operations":
            if (ledger[0] == null) {
              throw c.fail("ledger.policy-first");
            }
            c.array(Msg.of("what.operations"), () -> {
              Mark m = c.mark();
              Operation op = operation(c);
              try {
                ledger[0].apply(op);
              } catch (LedgerException e) {
                // Its message says it was refused, in the reader's language.
                throw c.failAt(m, Msg.of(e));
              } catch (IllegalArgumentException e) {
                throw c.failAt(m, Msg.of("rejected", Msg.of(e)));
              }
            });
            return true;
          default:
            return false;
        }
      });
      c.require(start, DOCUMENT, seen, "format", "policy", "operations");
      return ledger[0];
    });
  }

  /** A unit; {@code HOURS} is the older spelling of {@link LedgerUnit#MINUTES} (the amounts were always minutes). */
  private static LedgerUnit unit(Cursor c) {
    if (c.token() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING && "HOURS".equals(c.text())) {
      return LedgerUnit.MINUTES;
    }
    return c.enumValue(LedgerUnit.class);
  }

  private static Operation operation(Cursor c) {
    Mark m = c.mark();
    Map<String, Object> f = new TreeMap<>();
    c.object(OPERATION, List.of("type", "id", "at", "account", "activity", "quantity", "confirmedBy", "item", "unit", "price",
        "merchant", "inNeedOnly", "care", "from", "to", "amount", "target"), name -> {
      switch (name) {
        case "at": f.put(name, FormatIo.instant(c)); return true;
        case "account":
          f.put(name, c.token() == JsonToken.START_OBJECT ? account(c) : c.text());
          return true;
        case "quantity": case "price": case "amount": f.put(name, (long) c.wholeNumber(0)); return true;
        case "unit": f.put(name, unit(c)); return true;
        case "inNeedOnly": case "care": f.put(name, c.bool()); return true;
        case "type": case "id": case "activity": case "confirmedBy": case "item": case "merchant": case "from": case "to": case "target":
          f.put(name, c.text());
          return true;
        default: return false;
      }
    });
    c.require(m, OPERATION, f.keySet(), "type", "id", "at");
    String type = (String) f.get("type");
    String id = (String) f.get("id");
    Instant at = (Instant) f.get("at");
    try {
      switch (type) {
        case "OpenAccount": return Operation.OpenAccount.of(id, at, (Account) need(c, m, f, "account", Account.class));
        case "Accrue": {
          String account = (String) need(c, m, f, "account", String.class);
          String activity = (String) need(c, m, f, "activity", String.class);
          long quantity = (Long) need(c, m, f, "quantity", Long.class);
          String confirmedBy = (String) f.get("confirmedBy");
          return confirmedBy == null ? Operation.Accrue.of(id, at, account, activity, quantity)
              : Operation.Accrue.of(id, at, account, activity, quantity, confirmedBy);
        }
        case "Restock": return Operation.Restock.builder().id(id).at(at).item((String) need(c, m, f, "item", String.class))
            .unit((LedgerUnit) need(c, m, f, "unit", LedgerUnit.class)).price((Long) need(c, m, f, "price", Long.class))
            .quantity((Long) need(c, m, f, "quantity", Long.class)).merchant(Optional.ofNullable((String) f.get("merchant")))
            .inNeedOnly(Boolean.TRUE.equals(f.get("inNeedOnly"))).care(Boolean.TRUE.equals(f.get("care"))).build();
        case "Redeem": return Operation.Redeem.of(id, at, (String) need(c, m, f, "account", String.class),
              (String) need(c, m, f, "item", String.class), (Long) need(c, m, f, "quantity", Long.class));
        case "Transfer": return Operation.Transfer.of(id, at, (String) need(c, m, f, "from", String.class),
              (String) need(c, m, f, "to", String.class), (Long) need(c, m, f, "amount", Long.class));
        case "Donate": return Operation.Donate.of(id, at, (String) need(c, m, f, "from", String.class), (Long) need(c, m, f, "amount", Long.class));
        case "Expire": return Operation.Expire.of(id, at);
        case "Reverse": return Operation.Reverse.of(id, at, (String) need(c, m, f, "target", String.class));
        default: throw c.failAt(m, Msg.of("operation.type", "OpenAccount, Accrue, Restock, Redeem, Transfer, Donate, Expire, Reverse", type));
      }
    } catch (IllegalArgumentException e) {
      throw c.failAt(m, Msg.of("invalid", Msg.of(e)));
    }
  }

  private static Object need(Cursor c, Mark m, Map<String, Object> f, String name, Class<?> type) {
    Object v = f.get(name);
    if (!type.isInstance(v)) {
      throw c.failAt(m, Msg.of("operation.field", name, type.getSimpleName(), f.get("type"), v == null ? Msg.of("found.none") : v));
    }
    return v;
  }

  private static Account account(Cursor c) {
    Mark m = c.mark();
    Map<String, Object> f = new TreeMap<>();
    List<String> relatives = new ArrayList<>();
    c.object(ACCOUNT, List.of("id", "kind", "unit", "community", "birthDate", "inNeed", "relatives"), name -> {
      switch (name) {
        case "kind": f.put(name, c.enumValue(AccountKind.class)); return true;
        case "unit": f.put(name, unit(c)); return true;
        case "birthDate": f.put(name, c.date()); return true;
        case "inNeed": f.put(name, c.bool()); return true;
        case "relatives": relatives.addAll(c.ids()); f.put(name, true); return true;
        case "id": case "community": f.put(name, c.text()); return true;
        default: return false;
      }
    });
    c.require(m, ACCOUNT, f.keySet(), "id", "kind", "unit");
    try {
      Account.Builder b = Account.builder().id((String) f.get("id")).kind((AccountKind) f.get("kind")).unit((LedgerUnit) f.get("unit"))
          .addAllRelatives(relatives);
      if (f.containsKey("community")) {
        b.communityId((String) f.get("community"));
      }
      if (f.containsKey("birthDate")) {
        b.birthDate((LocalDate) f.get("birthDate"));
      }
      if (f.containsKey("inNeed")) {
        b.inNeed((Boolean) f.get("inNeed"));
      }
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw c.failAt(m, Msg.of("invalid", Msg.of(e)));
    }
  }
}
