package dev.errand.record;

import dev.errand.browser.Detection;
import dev.errand.browser.recognition.FrameFacts;
import dev.errand.browser.recognition.PageScan;
import dev.errand.browser.recognition.Sightings;
import dev.errand.browser.recognition.Signature;
import dev.errand.browser.recognition.Signatures;
import java.util.List;

/**
 * What errand's challenge and payment scan ({@code detect.js}, the run's own) saw on a page of the
 * recording browser, read as the run's detector reads it: the script's hits in the page and its
 * same-origin frames, then the URLs and names of all frames. A frame whose iframe element the
 * script could not see counts as visible here (the run would look at it once more).
 *
 * @param url the page's URL
 * @param detections what was seen, challenges and payment entry
 */
public record PageLook(String url, List<Detection> detections) {

  /** A frame of the page: its URL and name. */
  public record Frame(String url, String name) {}

  public PageLook {
    detections = List.copyOf(detections);
  }

  /** The look at {@code url} from the script's {@code result} and the page's {@code frames}. */
  public static PageLook of(String url, Object result, List<Frame> frames) {
    List<Signature> table = Signatures.ALL;
    PageScan scan = PageScan.of(result);
    Sightings seen = new Sightings(table);
    for (PageScan.Hit hit : scan.hits()) {
      if (hit.index() >= 0 && hit.index() < table.size()) {
        seen.add(table.get(hit.index()), hit.where());
      }
    }
    List<Signature> onFrames = Signatures.onFrames();
    for (PageScan.FrameElement f : scan.frames()) {
      if (f.visible()) {
        for (Signature s : f.facts().matching(onFrames)) {
          seen.add(s, f.facts().evidence(s));
        }
      }
    }
    for (Frame frame : frames) {
      FrameFacts facts = new FrameFacts(frame.url(), frame.name(), null);
      for (Signature s : facts.matching(onFrames)) {
        if (!seen.seen(s) && scan.visibility(frame.url(), frame.name()).orElse(true)) {
          seen.add(s, facts.evidence(s));
        }
      }
    }
    return new PageLook(url, seen.detections());
  }

  /** Whether a challenge is on the page. */
  public boolean challenge() {
    return Detection.any(detections, Detection.Kind.CHALLENGE);
  }

  /** Whether payment entry is on the page. */
  public boolean payment() {
    return Detection.any(detections, Detection.Kind.PAYMENT);
  }
}
