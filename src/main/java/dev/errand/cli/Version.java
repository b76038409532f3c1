package dev.errand.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: errand's version from the jar manifest, and the Java it runs on. */
public final class Version implements IVersionProvider {

  public static String errand() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "errand " + errand(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
