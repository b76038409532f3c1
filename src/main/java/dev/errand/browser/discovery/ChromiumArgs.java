package dev.errand.browser.discovery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command-line switches errand starts Chromium with. */
public final class ChromiumArgs {

  /** Without these Chromium keeps calling home, which floods a closed network and costs time. */
  static final List<String> QUIET =
      List.of("--disable-background-networking", "--disable-component-update", "--disable-sync");

  private ChromiumArgs() {}

  /**
   * errand's switches, then {@code extraArgs} (a profile's {@code browser.args}) without those
   * already there; every {@code --disable-features} merged into one ({@link DisabledFeatures}).
   */
  public static List<String> of(List<String> extraArgs, boolean rootOnLinux) {
    List<String> args = new ArrayList<>(QUIET);
    if (rootOnLinux) {
      args.add("--no-sandbox");
    }
    for (String extra : extraArgs) {
      if (!args.contains(extra)) {
        args.add(extra);
      }
    }
    return DisabledFeatures.merged(args);
  }

  /** Whether this process runs as root on Linux, where Chromium's sandbox refuses to start. */
  public static boolean isRootOnLinux() {
    if (HostOs.current() != HostOs.LINUX) {
      return false;
    }
    try {
      Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      return uid instanceof Integer i && i == 0;
    } catch (Exception e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }
}
