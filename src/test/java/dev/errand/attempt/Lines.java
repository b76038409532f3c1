package dev.errand.attempt;

import java.util.ArrayList;
import java.util.List;

/** A narration that keeps every line, marked with its level, for assertions. */
final class Lines implements Narration {

  final List<String> lines = new ArrayList<>();

  @Override
  public synchronized void info(String line) {
    lines.add("info " + line);
  }

  @Override
  public synchronized void always(String line) {
    lines.add("always " + line);
  }

  @Override
  public synchronized void detail(String line) {
    lines.add("detail " + line);
  }

  @Override
  public synchronized void warn(String line) {
    lines.add("warn " + line);
  }

  @Override
  public synchronized void status(String line, boolean printAnyway) {
    lines.add("status " + line);
  }

  synchronized boolean has(String fragment) {
    return lines.stream().anyMatch(l -> l.contains(fragment));
  }
}
