package org.jiceng.governance.examples.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiceng.governance.core.testing.UnmaskedNumbers;
import org.jiceng.governance.examples.cli.Jiceng;
import org.jiceng.governance.json.Dataset;
import org.jiceng.governance.json.DatasetReader;
import org.jiceng.governance.json.DatasetValidator;
import org.jiceng.governance.json.FormatProblem;
import org.jiceng.governance.json.ReadSummary;
import org.jiceng.governance.json.ValidationResult;
import org.jiceng.governance.rules.compliance.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: data sets full of identity and mobile numbers, and of control characters, escape
 * sequences and bidirectional overrides, in right and wrong places (as JSON numbers, in {@code
 * households}, {@code asOf}, {@code role}, {@code divisionCode}, keys, names, ids), go through every
 * reading mode (strict and lenient, whole and one community at a time, {@code DatasetValidator})
 * and through the command line ({@code validate} in every format and mode, {@code scorecard},
 * {@code codes}); every output, {@code toString()} and exception message is scanned. Before the fix
 * numbers were echoed in full in "found ..." parts of messages and printed by {@code toString()},
 * and control characters were copied raw into messages, so a file could clear the terminal or
 * forge a report line.
 */
class UntrustedTextScanTest {
  static final String ID = UnmaskedNumbers.ID;
  static final String ID_DIGITS = UnmaskedNumbers.ID_DIGITS;
  static final String ID_BAD_DATE = UnmaskedNumbers.ID_BAD_DATE;
  static final String ID_15 = UnmaskedNumbers.ID_15;
  static final String PHONE = UnmaskedNumbers.PHONE;
  static final List<String> NUMBERS = UnmaskedNumbers.NUMBERS;
  /** Any identity or mobile number, unmasked: what no output may contain. */
  static final Pattern UNMASKED = UnmaskedNumbers.UNMASKED;
  static final String ESC = "\u001B[2J";
  static final String RLO = "\u202E";
  static final String FORGED = "\nkazuo.json:1:1 /: all good";

  static final String DOC =
      "{\n"
          + "  \"format\": \"jiceng.dataset/1\",\n"
          + "  \"profile\": \"liaoning-kazuo\",\n"
          + "  \"asOf\": \"2025-06-30\",\n"
          + "  \"county\": {\"id\": \"kz\", \"name\": \"喀左县\", \"divisionCode\": \"211324000000\"},\n"
          + "  \"units\": [{\"id\": \"u1\", \"name\": \"县供电公司\", \"creditCode\": \"91110000600037341L\", \"kind\": \"STATE_ENTERPRISE\", \"areas\": [\"c1\"]}],\n"
          + "  \"streets\": [\n"
          + "    {\"id\": \"s1\", \"name\": \"大城子街道\", \"divisionCode\": \"211324001000\",\n"
          + "     \"partyOrganizations\": [{\"id\": \"wc\", \"kind\": \"WORKING_COMMITTEE\", \"name\": \"党工委\"}],\n"
          + "     \"communities\": [\n"
          + "      {\"id\": \"c1\", \"name\": \"城北社区\", \"divisionCode\": \"211324001001\", \"urbanPermanentResidents\": 5000,\n"
          + "       \"communityWorkers\": [{\"id\": \"w1\", \"name\": \"王书记\", \"post\": \"PRINCIPAL\", \"secretary\": true,"
          + " \"identityNumber\": \"" + ID + "\", \"phone\": \"" + PHONE + "\"}],\n"
          + "       \"grids\": [{\"id\": \"g1\", \"name\": \"第一网格\", \"households\": 300,\n"
          + "                  \"gridWorkers\": [{\"id\": \"gw1\", \"name\": \"李\", \"role\": \"FULL_TIME\", \"phone\": \"" + PHONE + "\"}]}]},\n"
          + "      {\"id\": \"c2\", \"name\": \"城南社区\",\n"
          + "       \"grids\": [{\"id\": \"g2\", \"name\": \"第二网格\", \"households\": 280}]}\n"
          + "     ]}\n"
          + "  ]\n"
          + "}\n";

  /** Personal data in right and wrong places, one file each. */
  static Map<String, String> personalDataFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("right-places", DOC);
    files.put("phone-as-number", DOC.replace("\"phone\": \"" + PHONE + "\"}]}]}", "\"phone\": " + PHONE + "}]}]}"));
    files.put("households-id-number", DOC.replace("\"households\": 280", "\"households\": " + ID_DIGITS));
    files.put("households-phone-number", DOC.replace("\"households\": 280", "\"households\": " + PHONE));
    files.put("households-phone-text", DOC.replace("\"households\": 280", "\"households\": \"" + PHONE + "\""));
    files.put("households-float", DOC.replace("\"households\": 280", "\"households\": " + PHONE + ".5"));
    files.put("as-of", DOC.replace("\"asOf\": \"2025-06-30\"", "\"asOf\": \"" + ID + "\""));
    files.put("as-of-number", DOC.replace("\"asOf\": \"2025-06-30\"", "\"asOf\": " + ID_DIGITS));
    files.put("role", DOC.replace("\"role\": \"FULL_TIME\"", "\"role\": \"" + PHONE + "\""));
    files.put("division-code", DOC.replace("\"211324001001\"", "\"" + ID_DIGITS + "\""));
    files.put("division-code-15", DOC.replace("\"211324001001\"", "\"" + ID_15 + "\""));
    files.put("key", DOC.replace("\"households\": 280", "\"households\": 280, \"" + PHONE + "\": 1"));
    files.put("key-id", DOC.replace("\"households\": 280", "\"households\": 280, \"" + ID + "\": \"" + ID + "\""));
    files.put("identity-bad-date", DOC.replace(ID, ID_BAD_DATE));
    files.put("identity-letter", DOC.replace(ID, "1101051949A231002X"));
    files.put("identity-as-number", DOC.replace("\"" + ID + "\"", ID_DIGITS));
    files.put("grid-id", DOC.replace("\"g2\"", "\"" + PHONE + "\""));
    files.put("name", DOC.replace("\"第二网格\"", "\"网格" + PHONE + "\""));
    files.put("community-name", DOC.replace("\"城南社区\"", "\"城南" + PHONE + "\"").replace("\"城北社区\"", "\"" + ID + "\""));
    files.put("county-name", DOC.replace("\"喀左县\"", "\"喀左" + ID_15 + "\""));
    files.put("unit-areas", DOC.replace("\"areas\": [\"c1\"]", "\"areas\": [\"" + ID + "\"]"));
    files.put("duplicate-key", DOC.replace("\"households\": 300,", "\"" + PHONE + "\": 1, \"" + PHONE + "\": 2, \"households\": 300,"));
    files.put("truncated", DOC.substring(0, DOC.indexOf("\"households\": 280")) + "\"households\": " + PHONE);
    files.put("credit-code", DOC.replace("91110000600037341L", ID));
    return files;
  }

  /** Hostile text in keys and values, one file each. */
  static Map<String, String> hostileFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    String esc = "\\u001B[2J";
    String rlo = "\\u202E";
    String nl = "\\nkazuo.json:1:1 /: all good";
    files.put("esc-in-name", DOC.replace("\"第二网格\"", "\"" + esc + "网格" + rlo + "\""));
    files.put("esc-in-role", DOC.replace("\"role\": \"FULL_TIME\"", "\"role\": \"" + esc + rlo + nl + "\""));
    files.put("esc-in-key", DOC.replace("\"households\": 280", "\"households\": 280, \"" + esc + rlo + nl + "\": 1"));
    files.put("esc-in-grid-id", DOC.replace("\"g2\"", "\"g2" + esc + rlo + nl + "\""));
    files.put("esc-in-as-of", DOC.replace("\"asOf\": \"2025-06-30\"", "\"asOf\": \"" + esc + nl + "\""));
    files.put("esc-in-households", DOC.replace("\"households\": 280", "\"households\": \"" + esc + rlo + nl + "\""));
    files.put("esc-in-unit-areas", DOC.replace("\"areas\": [\"c1\"]", "\"areas\": [\"" + esc + rlo + nl + "\"]"));
    files.put("raw-esc-in-string", DOC.replace("\"第二网格\"", "\"" + ESC + RLO + "\""));
    files.put("esc-in-community-name", DOC.replace("\"城南社区\"", "\"城南" + esc + rlo + nl + "\"").replace("\"城北社区\"", "\"城北" + esc + "\""));
    files.put("esc-in-county-name", DOC.replace("\"喀左县\"", "\"喀左" + esc + rlo + nl + "\""));
    return files;
  }

  @TempDir Path dir;

  /** Every text that reading a file in every mode gives: messages, problems, findings, toString. */
  static List<String> readEverywhere(String name, String json) {
    List<String> texts = new ArrayList<>();
    Supplier<ByteArrayInputStream> in = () -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    String source = name + ".json";
    // Problems are worded in Chinese and in English: both are scanned.
    for (DatasetReader reader : List.of(DatasetReader.strict().withLocale(Locale.ENGLISH), DatasetReader.lenient().withLocale(Locale.ENGLISH),
        DatasetReader.strict().withLocale(Locale.SIMPLIFIED_CHINESE), DatasetReader.lenient().withLocale(Locale.SIMPLIFIED_CHINESE))) {
      capture(texts, () -> {
        Dataset d = reader.read(in.get(), source);
        texts.add(d.toString());
        d.getJurisdiction().ifPresent(j -> {
          texts.add(j.toString());
          j.getCommunityWorkers().forEach(w -> texts.add(w.toString()));
          j.getGridWorkers().forEach(w -> texts.add(w.toString()));
        });
        d.getProblems().forEach(p -> texts.add(p.toString()));
      });
      capture(texts, () -> {
        ReadSummary s = reader.forEachCommunity(in.get(), source, c -> texts.add(c.toString()));
        texts.add(s.toString());
        s.getProblems().forEach(p -> texts.add(p.toString()));
      });
    }
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      capture(texts, () -> {
        ValidationResult r = DatasetValidator.usingProfileNamedInFile().withLocale(locale).validate(in.get(), source);
        texts.add(r.toString());
        r.getProblems().forEach(p -> texts.add(p.toString()));
        for (Finding f : r.getFindings()) {
          texts.add(f.toString());
          texts.add(f.getMessage(Locale.SIMPLIFIED_CHINESE));
          texts.add(f.getMessage(Locale.ENGLISH));
        }
      });
    }
    return texts;
  }

  private static void capture(List<String> texts, Runnable read) {
    try {
      read.run();
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        texts.add(t.getClass().getName() + ": " + t.getMessage());
        if (t instanceof org.jiceng.governance.json.DatasetFormatException f) {
          f.getProblems().stream().map(FormatProblem::toString).forEach(texts::add);
        }
      }
    }
  }

  /** Every output of every command that reads the file. */
  List<String> runEverywhere(String name, String json) throws Exception {
    Path file = dir.resolve(name + ".json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    List<String> texts = new ArrayList<>();
    List<List<String>> commands = new ArrayList<>();
    for (String format : List.of("text", "json", "html")) {
      for (String lang : List.of("zh", "en")) {
        commands.add(List.of("validate", file.toString(), "--format", format, "--lang", lang, "--quiet"));
        commands.add(List.of("validate", file.toString(), "--format", format, "--lang", lang, "--quiet", "--lenient"));
        commands.add(List.of("scorecard", file.toString(), "--format", format, "--lang", lang));
      }
    }
    commands.add(List.of("validate", file.toString(), "--debug"));
    // Visit logs quote households the data set may not know, by id, in every format.
    Path visits = dir.resolve(name + "-visits.json");
    Files.writeString(visits, "{\"format\": \"jiceng.visits/1\", \"events\": [{\"type\": \"Visited\", \"id\": \"v1\", \"on\": \"2025-02-01\","
        + " \"household\": \"" + PHONE + "\"}, {\"type\": \"Visited\", \"id\": \"v2\", \"on\": \"2025-02-01\","
        + " \"household\": \"h\\u001B[2J\\u202E\\nkazuo.json:1:1 /: all good\"}, {\"type\": \"Seen" + ID + "\u001B\"}]}",
        StandardCharsets.UTF_8);
    Path goodVisits = dir.resolve(name + "-good-visits.json");
    Files.writeString(goodVisits, Files.readString(visits, StandardCharsets.UTF_8).replaceFirst(", \\{\"type\": \"Seen.*\\}\\]", "]"),
        StandardCharsets.UTF_8);
    // Demand events and ledger operations quote their ids in refusals; one file each refused
    // late (by the board or the ledger), one refused while read.
    String hostileId = "x\\u001B[2J\\u202E\\nkazuo.json:1:1 /: all good" + PHONE;
    Path demands = dir.resolve(name + "-demands.json");
    Files.writeString(demands, "{\"format\": \"jiceng.demand-events/1\", \"events\": [{\"type\": \"Submitted\", \"eventId\": \"e1\","
        + " \"demand\": {\"id\": \"" + hostileId + "\", \"community\": \"c1\", \"grid\": \"g1\", \"category\": \"" + ID + "\","
        + " \"source\": \"RESIDENT_ORDER\", \"size\": \"SMALL\", \"submittedAt\": \"2025-06-18T23:00:00Z\"}},"
        + " {\"type\": \"Resolved\", \"eventId\": \"" + hostileId + "\", \"demandId\": \"" + hostileId + "\", \"at\": \"2025-06-01T00:00:00Z\"}]}",
        StandardCharsets.UTF_8);
    Path badDemands = dir.resolve(name + "-bad-demands.json");
    Files.writeString(badDemands, "{\"format\": \"jiceng.demand-events/1\", \"events\": [{\"type\": \"" + hostileId + "\", \"eventId\": \""
        + ID + "\"}]}", StandardCharsets.UTF_8);
    Path ledger = dir.resolve(name + "-ledger.json");
    Files.writeString(ledger, "{\"format\": \"jiceng.ledger-operations/1\", \"policy\": \"liaoning-jianping-points\", \"operations\": ["
        + "{\"type\": \"Expire\", \"id\": \"" + hostileId + "\", \"at\": \"+1000000000-12-31T23:59:59Z\"},"
        + "{\"type\": \"Redeem\", \"id\": \"r1\", \"at\": \"2025-01-01T00:00:00Z\", \"account\": \"" + hostileId + "\","
        + " \"item\": \"" + ID + "\", \"quantity\": " + PHONE + "}]}", StandardCharsets.UTF_8);
    for (Path events : List.of(demands, badDemands)) {
      commands.add(List.of("scorecard", file.toString(), "--demands", events.toString()));
      commands.add(List.of("scorecard", file.toString(), "--demands", events.toString(), "--format", "json"));
    }
    commands.add(List.of("scorecard", file.toString(), "--ledger", ledger.toString()));
    commands.add(List.of("scorecard", file.toString(), "--ledger", ledger.toString(), "--format", "json"));
    for (String format : List.of("text", "json", "html")) {
      for (Path log : List.of(visits, goodVisits)) {
        commands.add(List.of("visits", file.toString(), "--visits", log.toString(), "--format", format));
        commands.add(List.of("scorecard", file.toString(), "--visits", log.toString(), "--format", format));
      }
    }
    for (List<String> args : commands) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      Jiceng.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
      // The label names the files without their folder: a temporary folder's name can hold 18
      // digits in a row, which would look like an unmasked identity number in the scan.
      String label = args.toString().replace(dir.toString(), "<dir>");
      texts.add(label + " stdout: " + out);
      texts.add(label + " stderr: " + err);
    }
    return texts;
  }

  private static void assertNoPersonalData(String file, List<String> texts) {
    for (String text : texts) {
      for (String number : NUMBERS) {
        assertThat(text).as("%s: output quoting %s", file, number).doesNotContain(number);
      }
      assertThat(text).as("%s", file).doesNotContain("1101051949A231002X");
      if (!text.contains("<!DOCTYPE html>")) {
        // HTML pages inline Apache ECharts, whose code has long digit runs of its own.
        Matcher m = UNMASKED.matcher(text);
        assertThat(m.find() ? m.group() : null).as("%s: an unmasked number in %s", file, text.length() > 2000 ? text.substring(0, 2000) : text)
            .isNull();
      }
    }
  }

  private static void assertNoHostileText(String file, List<String> texts) {
    for (String text : texts) {
      assertThat(text).as("%s", file).doesNotContain("\u001B").doesNotContain(RLO);
      assertThat(text).as("%s: a forged line", file).doesNotContain(FORGED);
    }
  }

  @Test
  void personalData_isMaskedInEveryReadingMode() {
    personalDataFiles().forEach((name, json) -> assertNoPersonalData(name, readEverywhere(name, json)));
  }

  @Test
  void personalData_isMaskedInEveryCommandOutput() throws Exception {
    for (Map.Entry<String, String> f : personalDataFiles().entrySet()) {
      assertNoPersonalData(f.getKey(), runEverywhere(f.getKey(), f.getValue()));
    }
  }

  @Test
  void codes_masksIdentityNumbersEvenMistypedAndPhones() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Jiceng.run(new PrintWriter(out), new PrintWriter(err), "codes", ID, ID_DIGITS, ID_BAD_DATE, "1101051949A231002X", ID_15, PHONE,
        "+86" + PHONE, "91110000600037341L");
    assertNoPersonalData("codes", List.of(out.toString(), err.toString()));
    assertThat(out.toString()).contains("110105********002X\tresident-id\tvalid")
        .contains("110105********0028\tresident-id\tinvalid")
        .contains("110105********002X\tresident-id\tinvalid")
        .contains("91110000600037341L\tcredit\tvalid");
  }

  @Test
  void hostileText_isEscapedInEveryReadingMode() {
    hostileFiles().forEach((name, json) -> assertNoHostileText(name, readEverywhere(name, json)));
  }

  @Test
  void hostileText_isEscapedInEveryCommandOutput() throws Exception {
    for (Map.Entry<String, String> f : hostileFiles().entrySet()) {
      assertNoHostileText(f.getKey(), runEverywhere(f.getKey(), f.getValue()));
    }
  }
}
