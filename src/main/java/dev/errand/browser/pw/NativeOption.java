package dev.errand.browser.pw;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One {@code <option>} of a native select, as {@link #READ} reports it. */
record NativeOption(String label, String value, boolean disabled) {

  /** JavaScript for a select's options: {@code s => [{label, value, disabled}, …]}. */
  static final String READ =
      "s => Array.from(s.options).map(o => ({label: (o.label || o.text || '').trim(),"
          + " value: o.value, disabled: o.disabled || (o.parentElement.tagName === 'OPTGROUP'"
          + " && o.parentElement.disabled)}))";

  /**
   * JavaScript choosing option {@code i} of the first select in {@code els}, exactly as
   * Playwright's {@code selectOption} does it (the same {@code input} and {@code change} events),
   * but in the page's own world: an urgent select then needs no second script world set up in a
   * fresh document. Returns the chosen index, or -1 if the option is gone.
   */
  static final String CHOOSE =
      "(els, i) => { const s = els[0]; const o = s && s.options[i]; if (!o) return -1;"
          + " s.value = undefined; o.selected = true;"
          + " s.dispatchEvent(new Event('input', {bubbles: true, composed: true}));"
          + " s.dispatchEvent(new Event('change', {bubbles: true})); return i; }";

  /** The options from what {@link #READ} (or the same code inside a probe) returned. */
  static List<NativeOption> fromJs(@Nullable Object raw) {
    List<NativeOption> out = new ArrayList<>();
    if (!(raw instanceof List<?> list)) {
      return out;
    }
    for (Object o : list) {
      if (o instanceof Map<?, ?> m) {
        out.add(
            new NativeOption(
                Objects.toString(m.get("label"), ""),
                Objects.toString(m.get("value"), ""),
                Boolean.TRUE.equals(m.get("disabled"))));
      }
    }
    return out;
  }
}
