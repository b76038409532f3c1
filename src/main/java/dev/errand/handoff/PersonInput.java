package dev.errand.handoff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Lines the person types in the terminal, read on a daemon thread so the browser thread never
 * blocks on the keyboard. {@link #poll} returns a line when one was typed.
 */
public final class PersonInput {

  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

  private PersonInput() {}

  /** Reads {@code in} in the background until it ends. */
  public static PersonInput reading(InputStream in) {
    PersonInput input = new PersonInput();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  input.lines.add(line);
                }
              } catch (IOException e) {
                // the terminal went away: no more input, which polling already tolerates
              }
            },
            "errand-terminal-input");
    reader.setDaemon(true);
    reader.start();
    return input;
  }

  /** Input that never arrives (no terminal), or arrives only through {@link #type}. */
  public static PersonInput none() {
    return new PersonInput();
  }

  /** For tests: as if the person typed {@code line} and Enter. */
  public void type(String line) {
    lines.add(line);
  }

  public Optional<String> poll() {
    return Optional.ofNullable(lines.poll());
  }
}
