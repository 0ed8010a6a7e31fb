package org.jiceng.governance.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checks every module's message bundles share (issue 17): the root, English and Chinese
 * bundles have the same keys with the same placeholders, and a Chinese text is Chinese. Each
 * module's bundle test adds its own check that every key its sources name exists.
 */
public final class BundleChecks {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private BundleChecks() {}

  /**
   * Loads one bundle file as UTF-8, through the class given (so that a bundle in a named module's
   * package is read from inside that module).
   *
   * @param anchor a class of the module that holds the bundle
   * @param bundle the bundle's base name, such as {@code org.jiceng.governance.core.Messages}
   * @param suffix {@code ""}, {@code "_en"} or {@code "_zh_CN"}
   * @return the texts, or null when there is no such file
   */
  public static Properties load(Class<?> anchor, String bundle, String suffix) {
    String name = "/" + bundle.replace('.', '/') + suffix + ".properties";
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }

  /**
   * Returns the numbers of the placeholders ({@code {0}}, {@code {1}}, …) of a text.
   *
   * @param text the text
   * @return the numbers
   */
  public static Set<String> placeholders(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /**
   * Asserts that the root, {@code _en} and {@code _zh_CN} files of a bundle exist, have the same
   * keys, the root is the English text, and each Chinese text has the English text's placeholders.
   *
   * @param anchor a class of the module that holds the bundle
   * @param bundle the bundle's base name
   * @return the root texts
   */
  public static Properties assertSameKeysAndPlaceholders(Class<?> anchor, String bundle) {
    Properties root = load(anchor, bundle, "");
    Properties en = load(anchor, bundle, "_en");
    Properties zh = load(anchor, bundle, "_zh_CN");
    assertThat(root).as(bundle).isNotNull();
    assertThat(en).as(bundle + "_en").isNotNull();
    assertThat(zh).as(bundle + "_zh_CN").isNotNull();
    assertThat(en.stringPropertyNames()).as(bundle).isEqualTo(root.stringPropertyNames());
    assertThat(zh.stringPropertyNames()).as(bundle).isEqualTo(root.stringPropertyNames());
    for (String key : root.stringPropertyNames()) {
      assertThat(en.getProperty(key)).as(key).isEqualTo(root.getProperty(key));
      assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(root.getProperty(key)));
    }
    return root;
  }

  /**
   * Returns the keys whose Chinese text is not Chinese: a text with letters (not only arguments and
   * punctuation) that is the same as the English text or has no Han character.
   *
   * @param english the English texts
   * @param zh the Chinese texts
   * @param exempt keys (with their English and Chinese texts) that may stay as they are, such as a
   *     JSON word or a command line
   * @return the untranslated keys
   */
  public static List<String> untranslated(Properties english, Properties zh, BiPredicate<String, String[]> exempt) {
    List<String> out = new ArrayList<>();
    for (String key : new TreeSet<>(zh.stringPropertyNames())) {
      String text = zh.getProperty(key);
      String englishText = english.getProperty(key, "");
      boolean words = PLACEHOLDER.matcher(text).replaceAll("").matches("(?s).*\\p{L}.*");
      if (words && (text.equals(englishText) || !text.matches("(?s).*\\p{IsHan}.*"))
          && !exempt.test(key, new String[] {englishText, text})) {
        out.add(key);
      }
    }
    return out;
  }

  /**
   * Returns the first group of every match of a pattern in the module's main sources.
   *
   * @param pattern the pattern, whose first group is a key
   * @return the keys named
   */
  public static Set<String> keysNamedInSources(Pattern pattern) {
    Set<String> named = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher m = pattern.matcher(Files.readString(f));
        while (m.find()) {
          named.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return named;
  }
}
