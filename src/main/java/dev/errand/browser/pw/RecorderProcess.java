package dev.errand.browser.pw;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errand.browser.BrowserUnavailableException;
import dev.errand.browser.discovery.ChromiumArgs;
import dev.errand.browser.discovery.FoundBrowser;
import dev.errand.browser.pagescript.ScriptResource;
import dev.errand.browser.recognition.DetectScripts;
import dev.errand.os.Folders;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recording browser of {@code errand record}: a visible Chromium started by Playwright's own
 * driver (its Node.js, the one Playwright for Java runs) with Playwright's recorder turned on and
 * its JSON-lines code generator, as {@code playwright codegen --target jsonl} does, plus errand's
 * challenge and payment scan of each page. It is a separate browser process, with a fresh data
 * folder of its own (removed afterwards): the recording starts as a first-time visitor. Its output
 * is one JSON object a line ({@code record.js} says which); closing its input ends it.
 */
public final class RecorderProcess implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RecorderProcess.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String END = "\u0000end";

  private final Process process;
  private final Path folder;
  private final OutputStream input;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> errors = new ArrayList<>();
  private final Thread onExit;

  private RecorderProcess(Process process, Path folder) {
    this.process = process;
    this.folder = folder;
    this.input = process.getOutputStream();
    // errand stopped by Ctrl-C: the browser and its folder go with it
    this.onExit = new Thread(this::end, "errand-record-exit");
    Runtime.getRuntime().addShutdownHook(onExit);
    Thread out = new Thread(() -> pump(process.getInputStream(), lines), "errand-record-out");
    out.setDaemon(true);
    out.start();
    Thread err = new Thread(() -> keepErrors(process.getErrorStream()), "errand-record-err");
    err.setDaemon(true);
    err.start();
  }

  /**
   * Starts the recording browser on {@code url}: {@code browser} as errand found it, with {@code
   * extraArgs}; {@code debugPort} above 0 opens Chrome's remote debugging on 127.0.0.1 at that port
   * (for tests that play the person). {@code display} holds the display variables the browser opens
   * its window on ({@code DISPLAY}, {@code WAYLAND_DISPLAY}), over this process's own.
   */
  public static RecorderProcess start(
      FoundBrowser browser,
      URI url,
      List<String> extraArgs,
      int debugPort,
      Map<String, String> display) {
    Path driver =
        DriverCache.use(System.getenv())
            .filter(DriverCache::installed)
            .orElseThrow(
                () ->
                    new BrowserUnavailableException(
                        "errand record needs Playwright's driver unpacked in errand's cache"
                            + " folder, and it is not there (run 'errand doctor')"));
    Path node = driver.resolve(Files.isRegularFile(driver.resolve("node")) ? "node" : "node.exe");
    Path folder = null;
    try {
      folder = privateFolder();
      Path script = folder.resolve("record.js");
      copy("record/record.js", script);
      copy("record/note.js", folder.resolve("note.js"));
      Map<String, Object> config = new LinkedHashMap<>();
      config.put("driverPackage", driver.resolve("package").toString());
      config.put("executable", browser.executablePath().orElse(""));
      String channel = browser.channel();
      config.put(
          "channel", browser.kind() == FoundBrowser.Kind.CHANNEL && channel != null ? channel : "");
      config.put("url", url.toString());
      config.put("userDataDir", folder.resolve("browser").toString());
      config.put("args", ChromiumArgs.of(extraArgs, ChromiumArgs.isRootOnLinux()));
      config.put("cdpPort", debugPort);
      config.put("detectScript", DetectScripts.detect());
      config.put("detectTable", DetectScripts.table());
      Path configFile = folder.resolve("config.json");
      JSON.writeValue(configFile.toFile(), config);
      ProcessBuilder pb =
          new ProcessBuilder(node.toString(), script.toString(), configFile.toString());
      pb.environment().putAll(display);
      pb.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
      pb.environment().put("TMPDIR", folder.toString());
      return new RecorderProcess(pb.start(), folder);
    } catch (IOException e) {
      if (folder != null) {
        Folders.deleteQuietly(folder);
      }
      throw new BrowserUnavailableException(
          "could not start the recording browser: " + e.getMessage());
    }
  }

  /** The next line the recording browser wrote, within {@code wait}; empty when none came. */
  public Optional<String> next(Duration wait) throws InterruptedException {
    String line = lines.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    if (line == null) {
      return Optional.empty();
    }
    if (line.equals(END)) {
      lines.add(END); // stays ended
      return Optional.of("{\"kind\":\"closed\"}");
    }
    return Optional.of(line);
  }

  /** Asks the recording browser to close (the person's window goes away). */
  public void stop() {
    try {
      input.write("stop\n".getBytes(StandardCharsets.UTF_8));
      input.flush();
    } catch (IOException e) {
      LOG.debug("the recording browser is gone already: {}", e.getMessage());
    }
  }

  /** The last lines it wrote to its error output, for a failure's message. */
  public synchronized List<String> errors() {
    return List.copyOf(errors);
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException e) {
      // the JVM is exiting: the hook ends it
      return;
    }
    end();
  }

  private void end() {
    try {
      input.close();
    } catch (IOException e) {
      LOG.debug("closing the recorder's input: {}", e.getMessage());
    }
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      Folders.deleteQuietly(folder);
    }
  }

  private static void pump(InputStream in, BlockingQueue<String> into) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        into.add(line);
      }
    } catch (IOException e) {
      LOG.debug("reading the recorder: {}", e.getMessage());
    } finally {
      into.add(END);
    }
  }

  private void keepErrors(InputStream in) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        LOG.debug("recorder: {}", line);
        synchronized (this) {
          errors.add(line);
          if (errors.size() > 20) {
            errors.remove(0);
          }
        }
      }
    } catch (IOException e) {
      LOG.debug("reading the recorder's errors: {}", e.getMessage());
    }
  }

  private static Path privateFolder() throws IOException {
    try {
      return Files.createTempDirectory(
          "errand-record-",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException e) {
      return Files.createTempDirectory("errand-record-");
    }
  }

  private static void copy(String resource, Path to) throws IOException {
    try (InputStream in = ScriptResource.class.getResourceAsStream("/errand/" + resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource /errand/" + resource));
      }
      Files.copy(in, to);
    }
  }
}
