package org.jiceng.governance.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this artifact, as Jackson modules report it. */
public final class PackageVersion implements Versioned {
  /** The version, read from the properties Maven writes at build time. */
  public static final Version VERSION = read();

  /** Creates a holder of {@link #VERSION}, for Jackson's {@link Versioned} lookups. */
  public PackageVersion() {}

  private static Version read() {
    Properties p = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(p.getProperty("version", "0.0.0"), "org.jiceng", "governance-json");
  }

  @Override
  public Version version() {
    return VERSION;
  }
}
