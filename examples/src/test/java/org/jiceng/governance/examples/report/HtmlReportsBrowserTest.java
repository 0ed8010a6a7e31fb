package org.jiceng.governance.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opens each HTML report in headless Chromium with the network off and checks that ECharts drew
 * every chart (the page's {@code data-charts-rendered} equals the number of charts the report calls
 * for, and the DOM holds that many SVG drawings) and that nothing reached the console. Skipped, with a
 * message, when no Chromium is installed ({@code apt-get install -y chromium}).
 */
class HtmlReportsBrowserTest {
  private static Optional<Path> chromium = Optional.empty();

  @TempDir Path dir;

  @BeforeAll
  static void findChromium() {
    for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
      for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        Path candidate = Path.of(p, name);
        if (Files.isExecutable(candidate)) {
          chromium = Optional.of(candidate);
          return;
        }
      }
    }
  }

  interface Page {
    void write(Writer out) throws IOException;
  }

  static Stream<Arguments> pages() {
    var card = ReportSamples.qianxiScorecard();
    var plan = ReportSamples.qianxiPlan();
    var luannan = ReportSamples.luannanNational();
    var inputs = ReportSamples.inputs(false, true, true);
    // Kazuo from its dataset alone: the safety mark has nothing measured.
    var kazuo = org.jiceng.governance.rules.scorecard.Scorecard.of(
        org.jiceng.governance.rules.scorecard.ScorecardPolicy.from(org.jiceng.governance.rules.profile.BuiltInProfiles.get("liaoning-kazuo")),
        org.jiceng.governance.rules.scorecard.ScorecardFigures.measure(org.jiceng.governance.examples.data.SampleDataSets.kazuo()));
    return Stream.of(
        Arguments.of("scorecard-zh", card.getCommunities().size() + 1,
            (Page) out -> HtmlReports.scorecard(card, "迁西县", inputs, Locale.SIMPLIFIED_CHINESE, out)),
        Arguments.of("scorecard-en", card.getCommunities().size() + 1,
            (Page) out -> HtmlReports.scorecard(card, "Qianxi", inputs, Locale.ENGLISH, out)),
        Arguments.of("scorecard-dataset-only", kazuo.getCommunities().size() + 1,
            (Page) out -> HtmlReports.scorecard(kazuo, "喀左县", ReportSamples.inputs(false, false, false), Locale.SIMPLIFIED_CHINESE, out)),
        Arguments.of("visits", plan.getByCommunity().size() + 1,
            (Page) out -> HtmlReports.visits(plan, "迁西县", false, 7, Locale.SIMPLIFIED_CHINESE, out)),
        Arguments.of("validation", 2, (Page) out -> HtmlReports.validation(luannan, Locale.SIMPLIFIED_CHINESE, out)),
        Arguments.of("validation-clean", 2, (Page) out -> HtmlReports.validation(
            org.jiceng.governance.rules.compliance.ComplianceReport.builder().profile("p").subject("x").subjectName("某县")
                .communities(1).grids(1).build(), Locale.ENGLISH, out)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void page_drawsEveryChartOfflineWithoutConsoleOutput(String name, int charts, Page page) throws Exception {
    Assumptions.assumeTrue(chromium.isPresent(), "Chromium is not installed (apt-get install -y chromium): browser test skipped");
    Path html = dir.resolve(name + ".html");
    try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
      page.write(w);
    }
    Path profile = Files.createDirectory(dir.resolve(name + "-profile"));
    Path dom = dir.resolve(name + ".dom");
    Path log = dir.resolve(name + ".log");
    List<String> command = new ArrayList<>(List.of(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile,
        // The network is off: no proxy answers and no name resolves.
        "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
        "--enable-logging=stderr", "--v=0", "--virtual-time-budget=20000", "--dump-dom", html.toUri().toString()));
    Process p = new ProcessBuilder(command).redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
    String out = Files.readString(dom, StandardCharsets.UTF_8);
    String err = Files.readString(log, StandardCharsets.UTF_8);

    Matcher body = Pattern.compile("<body([^>]*)>").matcher(out);
    assertThat(body.find()).as("a body in the DOM of %s; stderr:%n%s", name, err).isTrue();
    String attributes = body.group(1);
    assertThat(attributes).as("body of %s", name).doesNotContain("data-errors")
        .contains("data-charts-expected=\"" + charts + "\"")
        .contains("data-charts-rendered=\"" + charts + "\"")
        .contains("data-charts-status=\"done\"");
    assertThat(Pattern.compile("<svg").matcher(out).results().count()).as("SVG drawings").isGreaterThanOrEqualTo(charts);
    assertThat(Pattern.compile("data-drawn=\"true\"").matcher(out).results().count()).isEqualTo(charts);
    assertThat(err.lines().filter(l -> l.contains(":CONSOLE")).toList()).as("console output of %s", name).isEmpty();
  }
}
