package dev.errand.browser.recognition;

import dev.errand.browser.Detection.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the control script saw of one element errand is about to act on.
 *
 * @param autocomplete its {@code autocomplete} attribute, or ""
 * @param containers table indexes of the payment selectors that it or an ancestor matches (card
 *     inputs, payment widgets' containers)
 * @param label the label of its closest button or link (else its own text), at most 200 characters
 * @param frame the frame it is in: URL, name and, for a same-origin frame, its iframe's title
 * @param iframe when the element is itself an iframe, its {@code src}, name and title; else null
 */
public record ControlFacts(
    String autocomplete,
    List<Integer> containers,
    String label,
    FrameFacts frame,
    @Nullable FrameFacts iframe) {

  /** Reads what the script returned. */
  public static ControlFacts of(Object result) {
    Map<?, ?> m = result instanceof Map<?, ?> map ? map : Map.of();
    List<Integer> containers = new ArrayList<>();
    if (m.get("containers") instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Number n) {
          containers.add(n.intValue());
        }
      }
    }
    FrameFacts iframe = null;
    if (m.get("iframe") instanceof Map<?, ?> f) {
      iframe = new FrameFacts(text(f.get("src")), text(f.get("name")), text(f.get("title")));
    }
    Object title = m.get("frameTitle");
    return new ControlFacts(
        text(m.get("autocomplete")),
        List.copyOf(containers),
        text(m.get("label")),
        new FrameFacts(
            text(m.get("frameUrl")), text(m.get("frameName")), title == null ? null : text(title)),
        iframe);
  }

  /** A card input ({@code autocomplete="cc-…"}), or inside a payment widget, by its markup. */
  public boolean inPaymentMarkup(List<Signature> table) {
    for (String token : autocomplete.toLowerCase(Locale.ROOT).split("\\s+", -1)) {
      if (token.startsWith("cc-")) {
        return true;
      }
    }
    return containers.stream()
        .anyMatch(i -> i >= 0 && i < table.size() && table.get(i).kind() == Kind.PAYMENT);
  }

  /** In a payment provider's frame, or itself such a frame. */
  public boolean inPaymentFrame(List<Signature> frameSignatures) {
    return payment(frame, frameSignatures) || (iframe != null && payment(iframe, frameSignatures));
  }

  private static boolean payment(FrameFacts facts, List<Signature> frameSignatures) {
    return facts.matching(frameSignatures).stream().anyMatch(s -> s.kind() == Kind.PAYMENT);
  }

  private static String text(@Nullable Object o) {
    return o == null ? "" : o.toString();
  }
}
