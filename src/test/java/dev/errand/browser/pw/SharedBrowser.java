package dev.errand.browser.pw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One headless browser and its loopback pages for every browser test in this JVM: a test class with
 * {@code @ExtendWith(SharedBrowser.class)} receives the {@link LoopbackBrowser} as a parameter (of
 * its {@code @BeforeAll}, say). It starts at the first request and closes, with its profile folder,
 * when the whole run ends; a class must leave the page as it would like to find it.
 */
public final class SharedBrowser implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedBrowser.class);

  /** The processes the shared browser's launch started (its driver), while it is open. */
  private static volatile Set<Long> roots = Set.of();

  /**
   * Whether {@code process} is the shared browser's (its driver, the browser, or one of theirs): a
   * test that checks a run left no browser behind looks past it.
   */
  public static boolean owns(ProcessHandle process) {
    Set<Long> mine = roots;
    for (Optional<ProcessHandle> p = Optional.of(process); p.isPresent(); p = p.get().parent()) {
      if (mine.contains(p.get().pid())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LoopbackBrowser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Shared.class, k -> Shared.start(), Shared.class)
        .browser;
  }

  /** The browser and its profile folder, closed by JUnit when the root context closes. */
  private static final class Shared implements AutoCloseable {

    private final Path profile;
    private final LoopbackBrowser browser;

    private Shared(Path profile, LoopbackBrowser browser) {
      this.profile = profile;
      this.browser = browser;
    }

    static Shared start() {
      try {
        Path dir = Files.createTempDirectory("errand-shared-browser-");
        Set<Long> before = children();
        LoopbackBrowser browser = LoopbackBrowser.start(dir);
        Set<Long> started = children();
        started.removeAll(before);
        roots = Set.copyOf(started);
        return new Shared(dir, browser);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Set<Long> children() {
      return ProcessHandle.current()
          .children()
          .map(ProcessHandle::pid)
          .collect(Collectors.toCollection(HashSet::new));
    }

    @Override
    public void close() throws IOException {
      try {
        browser.close();
      } finally {
        roots = Set.of();
        try (Stream<Path> all = Files.walk(profile)) {
          for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }
}
