package dev.errand.browser.pw;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one round trip to the page learns about an element before an urgent action: whether it can
 * take a trusted click at its centre (nothing covers it there), and what the option pickers need.
 * It runs as {@code locator.evaluateAll} on the visible matches (as cheap as {@code count()}, a
 * third of {@code locator.evaluate}'s cost: docs/measurements.md), so a wait's check and the
 * action's look at the element are one round trip. It runs in the page's own script world, like
 * {@code evaluate}: urgent actions use only that world, because Playwright sets up each world
 * afresh in every new document, at a cost.
 *
 * @param state where the element stands
 * @param x the centre, in the page's viewport (CSS pixels), when {@link State#READY}
 * @param y see {@code x}
 * @param tag the tag name, upper case
 * @param text its visible text, trimmed
 * @param expanded its {@code aria-expanded} attribute, or null
 * @param controls the id of the existing element its {@code aria-controls} (else {@code aria-owns})
 *     names, or null
 * @param options a native select's options (empty for other elements)
 */
record Probe(
    State state,
    double x,
    double y,
    String tag,
    String text,
    @Nullable String expanded,
    @Nullable String controls,
    List<NativeOption> options) {

  /** Where an element stands for a fast action. */
  enum State {
    /** Visible, enabled, its document parsed, and the element itself is at its centre. */
    READY,
    /** Something else (an overlay, a cookie banner) is at its centre. */
    COVERED,
    /** Its centre is outside the viewport (after scrolling it into view, when asked to). */
    OUTSIDE,
    /** Inside an iframe: coordinates are not translated, so no fast click. */
    IN_FRAME,
    /** Its document is still being parsed: its scripts may not have wired it up yet. */
    LOADING,
    /** Disabled (natively or by {@code aria-disabled}). */
    DISABLED,
    /** No size (yet). */
    HIDDEN,
    /** No visible match at all. */
    NONE
  }

  /**
   * Runs on the matches, in their frame; probes the first. Reads layout and, when asked to ({@code
   * scroll}), scrolls the element into view if its centre is outside the viewport (as Playwright's
   * own click does). Dispatches no events.
   */
  static final String SCRIPT =
      """
      (els, scroll) => {
        if (!els.length) return {state: 'none'};
        const el = els[0];
        const out = {state: 'ready', x: 0, y: 0, tag: el.tagName, text: '',
          expanded: el.getAttribute('aria-expanded'), controls: null, options: null};
        for (const a of ['aria-controls', 'aria-owns']) {
          const ids = (el.getAttribute(a) || '').trim();
          if (!ids) continue;
          const id = ids.split(/\\s+/)[0];
          const root = el.getRootNode();
          if ((root.getElementById && root.getElementById(id)) || document.getElementById(id)) {
            out.controls = id;
            break;
          }
        }
        if (el.tagName === 'SELECT') {
          out.options = (%s)(el);
        }
        if (el.ownerDocument.readyState === 'loading') return {...out, state: 'loading'};
        if (el.matches(':disabled') || el.getAttribute('aria-disabled') === 'true') {
          return {...out, state: 'disabled'};
        }
        let r = el.getBoundingClientRect();
        if (!(r.width > 0 && r.height > 0)) return {...out, state: 'hidden'};
        out.text = (el.innerText || el.textContent || '').trim();
        if (window !== window.top) return {...out, state: 'in_frame'};
        const inView = b => {
          const cx = b.left + b.width / 2, cy = b.top + b.height / 2;
          return cx >= 0 && cy >= 0 && cx < innerWidth && cy < innerHeight;
        };
        if (!inView(r)) {
          if (!scroll) return {...out, state: 'outside'};
          el.scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});
          r = el.getBoundingClientRect();
          if (!inView(r)) return {...out, state: 'outside'};
        }
        const x = r.left + r.width / 2, y = r.top + r.height / 2;
        const root = el.getRootNode();
        let n = (root.elementFromPoint ? root : document).elementFromPoint(x, y);
        while (n && n !== el) n = n.parentNode || n.host;
        return {...out, state: n ? 'ready' : 'covered', x, y};
      }
      """
          .formatted(NativeOption.READ);

  /** Probes the first element {@code matches} finds now (no waiting, no scrolling). */
  static Probe first(Locator matches) {
    return first(matches, false);
  }

  /**
   * Probes the first element {@code matches} finds now, scrolling it into view if {@code scroll}.
   */
  static Probe first(Locator matches, boolean scroll) {
    return fromJs(matches.evaluateAll(SCRIPT, scroll));
  }

  /** The probe from what {@link #SCRIPT} returned. */
  static Probe fromJs(Object raw) {
    Map<?, ?> m = (Map<?, ?>) raw;
    return new Probe(
        State.valueOf(Objects.toString(m.get("state")).toUpperCase(Locale.ROOT)),
        number(m.get("x")),
        number(m.get("y")),
        Objects.toString(m.get("tag"), ""),
        Objects.toString(m.get("text"), ""),
        (String) m.get("expanded"),
        (String) m.get("controls"),
        NativeOption.fromJs(m.get("options")));
  }

  private static double number(@Nullable Object o) {
    return o instanceof Number n ? n.doubleValue() : 0;
  }

  /** Not ready yet (or gone a moment), but may be in a moment: worth checking again. */
  boolean settling() {
    return state == State.LOADING
        || state == State.DISABLED
        || state == State.HIDDEN
        || state == State.NONE;
  }

  /** Visible, enabled and parsed: it may be filled or have an option selected. */
  boolean usable() {
    return !settling();
  }
}
