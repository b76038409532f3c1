package dev.errand.browser.recognition;

import dev.errand.browser.Detection;
import dev.errand.browser.Detection.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signatures seen during one detection, and what was seen of each; {@link #detections()} makes
 * the report: one detection per kind and name, in table order, weak evidence only where nothing
 * stronger of its kind was seen.
 */
public final class Sightings {

  private final List<Signature> table;
  private final Map<Signature, String> evidence = new HashMap<>();

  public Sightings(List<Signature> table) {
    this.table = table;
  }

  /** Records that {@code signature} was seen; the first evidence for it is kept. */
  public void add(Signature signature, String what) {
    evidence.putIfAbsent(signature, what);
  }

  /** Whether a signature with the same kind and name was already seen. */
  public boolean seen(Signature signature) {
    return evidence.keySet().stream()
        .anyMatch(s -> s.kind() == signature.kind() && s.what().equals(signature.what()));
  }

  public List<Detection> detections() {
    Set<Kind> strong = EnumSet.noneOf(Kind.class);
    for (Signature s : evidence.keySet()) {
      if (!s.fallback()) {
        strong.add(s.kind());
      }
    }
    List<Detection> out = new ArrayList<>();
    Set<String> named = new HashSet<>();
    for (Signature s : table) {
      String seen = evidence.get(s);
      if (seen == null || (s.fallback() && strong.contains(s.kind()))) {
        continue;
      }
      if (named.add(s.kind() + "/" + s.what())) {
        out.add(new Detection(s.kind(), s.what(), seen));
      }
    }
    return out;
  }
}
