package dev.errand.browser.discovery;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fake machines for {@link BrowserFinder} tests: which files are executable, what dirs hold. */
final class FakeMachine {

  private FakeMachine() {}

  static BrowserFinder finder(
      String os, Map<String, String> env, String home, Set<String> executables) {
    return finder(os, env, home, executables, Map.of());
  }

  static BrowserFinder finder(
      String os,
      Map<String, String> env,
      String home,
      Set<String> executables,
      Map<String, List<String>> dirs) {
    return new BrowserFinder(
        os, env, home, executables::contains, d -> dirs.getOrDefault(d, List.of()));
  }
}
