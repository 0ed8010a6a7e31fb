package org.jiceng.governance.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.jiceng.governance.core.DisplayText;
import org.jiceng.governance.core.PersonalData;

/**
 * One self-contained HTML page: a strict Content-Security-Policy (no network: nothing may be
 * fetched, only inline script and style run), print-friendly CSS, Apache ECharts inlined from its
 * webjar with its licence notice, the report's data as inline JSON and a script that draws the
 * charts and marks the body when they are drawn ({@code data-charts-expected},
 * {@code data-charts-rendered}, {@code data-charts-status="done"}; {@code data-errors} on a script
 * error).
 */
final class HtmlPage {
  /** The bundle of page labels, zh-CN by default. */
  static final String BUNDLE = "org.jiceng.governance.examples.report.Html";

  private static final String ECHARTS_VERSION = echartsVersion();
  private static final String ECHARTS_ROOT = "/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/";

  private final StringBuilder body = new StringBuilder();
  private final ResourceBundle bundle;
  private final Locale locale;

  HtmlPage(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
  }

  Locale locale() {
    return locale;
  }

  boolean english() {
    return locale.getLanguage().equals("en");
  }

  /** Returns a label, formatted with arguments when given. */
  String t(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** Appends raw HTML. */
  HtmlPage raw(String html) {
    body.append(html);
    return this;
  }

  /** Appends escaped text. */
  HtmlPage text(String s) {
    body.append(escape(s));
    return this;
  }

  /**
   * Escapes text for HTML; first masks personal data and writes controls and bidirectional
   * overrides as {@code \\uXXXX} ({@link DisplayText}), as every other report does.
   */
  static String escape(String text) {
    String s = DisplayText.of(text);
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '&': out.append("&amp;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&#39;"); break;
        default: out.append(c);
      }
    }
    return out.toString();
  }

  /** A JSON string literal safe inside a script element, personal data masked. */
  static String json(String text) {
    String s = PersonalData.mask(text);
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '<': out.append("\\u003c"); break;
        case '>': out.append("\\u003e"); break;
        case '&': out.append("\\u0026"); break;
        case '\u2028': out.append("\\u2028"); break;
        case '\u2029': out.append("\\u2029"); break;
        default:
          if (DisplayText.isUnsafe(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  /** A JSON number, or null for NaN. */
  static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "null";
    }
    return Double.toString(Math.round(v * 100) / 100.0);
  }

  /**
   * Writes the page.
   *
   * @param title the title (escaped here)
   * @param dataJson the report's data as a JSON object, drawn by {@code script}
   * @param script the page's drawing function: {@code function(data, chart) {...}}, calling {@code chart(element, option)} per chart
   * @param out where to write
   */
  void write(String title, String dataJson, String script, Appendable out) throws IOException {
    out.append("<!DOCTYPE html>\n<html lang=\"").append(english() ? "en" : "zh-CN").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
            + "style-src 'unsafe-inline'; img-src data:; font-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"jiceng\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(escape(title)).append("</h1>\n")
        .append(body)
        .append("<footer><p>").append(escape(t("footer", ECHARTS_VERSION))).append("</p></footer>\n")
        .append("<script type=\"application/json\" id=\"report-data\">").append(dataJson).append("</script>\n")
        .append("<script type=\"text/plain\" id=\"echarts-licence\">\n").append(resource("NOTICE")).append('\n')
        .append(resource("LICENSE")).append("</script>\n")
        .append("<script>\n/*! Apache ECharts ").append(ECHARTS_VERSION)
        .append(" | Copyright 2017-2022 The Apache Software Foundation | Apache License 2.0 (see #echarts-licence) */\n")
        .append(resource("dist/echarts.min.js")).append("\n</script>\n")
        .append("<script>\n").append(DRIVER).append("(").append(script).append(");\n</script>\n")
        .append("</body>\n</html>\n");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlPage.class.getResourceAsStream(ECHARTS_ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("Apache ECharts " + ECHARTS_VERSION + " is missing from the class path: " + ECHARTS_ROOT + name);
      }
      String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (s.contains("</script")) {
        throw new IllegalStateException(name + " contains </script and cannot be inlined");
      }
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String echartsVersion() {
    Properties p = new Properties();
    try (InputStream in = HtmlPage.class.getResourceAsStream("echarts.properties")) {
      if (in == null) {
        throw new IllegalStateException("echarts.properties is missing from the class path");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("echarts.version");
  }

  private static final String CSS = String.join("\n",
      "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif;margin:24px auto;max-width:1100px;"
          + "color:#222;line-height:1.5;padding:0 16px}",
      "h1{font-size:1.6em;border-bottom:3px solid #c0392b;padding-bottom:6px}",
      "h2{font-size:1.25em;margin-top:1.6em;color:#c0392b}",
      "h3{font-size:1.05em;margin:1.2em 0 .4em}",
      ".summary{font-size:1.05em;background:#fdf2f0;border-left:4px solid #c0392b;padding:8px 12px}",
      ".note{color:#555;font-size:.9em}",
      "table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.92em}",
      "th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}",
      "th{background:#f3f3f3}",
      "td.num{text-align:right;font-variant-numeric:tabular-nums}",
      ".sev-ERROR{color:#b00020;font-weight:bold}.sev-WARNING{color:#a15c00}.sev-INFO{color:#1f5fa8}",
      ".grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:12px}",
      ".chart{width:100%;height:360px;break-inside:avoid;page-break-inside:avoid}",
      ".chart.small{height:250px;border:1px solid #eee}",
      "footer{margin-top:2em;border-top:1px solid #ccc;color:#666;font-size:.85em}",
      "@media print{body{margin:0;max-width:none;font-size:10pt}h2{break-after:avoid;page-break-after:avoid}"
          + "tr,.chart{break-inside:avoid;page-break-inside:avoid}.summary{background:none}a{color:inherit}}",
      "");

  /** Draws every chart, then marks the body; records script errors on the body too. */
  private static final String DRIVER = String.join("\n",
      "(function (draw) {",
      "  var body = document.body, errors = [];",
      "  function fail(message) { errors.push(String(message)); body.setAttribute('data-errors', errors.join(' | ')); }",
      "  window.addEventListener('error', function (e) { fail(e.message); });",
      "  document.addEventListener('securitypolicyviolation', function (e) { fail('blocked ' + e.blockedURI + ' by ' + e.violatedDirective); });",
      "  try {",
      "    var data = JSON.parse(document.getElementById('report-data').textContent);",
      "    var specs = [];",
      "    draw(data, function (el, option) { specs.push([el, option]); });",
      "    body.setAttribute('data-charts-expected', String(specs.length));",
      "    var rendered = 0, charts = [];",
      "    if (specs.length === 0) { body.setAttribute('data-charts-rendered', '0'); body.setAttribute('data-charts-status', 'done'); }",
      "    specs.forEach(function (s) {",
      "      var el = s[0], option = s[1];",
      "      option.animation = false;",
      "      var c = echarts.init(el, null, {renderer: 'svg'});",
      "      c.on('finished', function () {",
      "        if (el.getAttribute('data-drawn')) { return; }",
      "        el.setAttribute('data-drawn', 'true');",
      "        rendered++;",
      "        body.setAttribute('data-charts-rendered', String(rendered));",
      "        if (rendered === specs.length) { body.setAttribute('data-charts-status', 'done'); }",
      "      });",
      "      c.setOption(option);",
      "      charts.push(c);",
      "    });",
      "    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });",
      "    window.addEventListener('beforeprint', function () { charts.forEach(function (c) { c.resize(); }); });",
      "  } catch (e) { fail(e && e.message ? e.message : e); }",
      "})");
}
