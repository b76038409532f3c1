package dev.errand.browser.recognition;

import dev.errand.browser.Detection.Kind;
import dev.errand.browser.pagescript.ScriptResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The overlay script, {@code /errand/overlay.js} behind {@code dom.js}, and its argument: the
 * consent managers, the overlay and pay wording, and the payment markup no dismissal may touch.
 */
public final class OverlayScripts {

  private static final String OVERLAY =
      ScriptResource.withDom("args", ScriptResource.load("overlay.js"));

  private static final List<String> PAYMENT_SELECTORS =
      Signatures.ALL.stream()
          .filter(s -> s.kind() == Kind.PAYMENT && s.clue() == Signature.Clue.SELECTOR)
          .map(Signature::value)
          .toList();

  private OverlayScripts() {}

  /**
   * {@code args => {actions: [{kind, key, what, button, x, y, escape}...]}}, called with {@link
   * #args}.
   */
  public static String overlay() {
    return OVERLAY;
  }

  /**
   * The script's argument.
   *
   * @param rules each dismiss rule's candidates as JSON, as {@code dom.js}'s {@code find} takes
   *     them, or null for a rule the page cannot look up itself
   * @param keep the candidates (JSON) of the next step's target, whose box is left alone; null for
   *     none
   */
  public static Map<String, @Nullable Object> args(
      List<@Nullable String> rules, @Nullable String keep) {
    Map<String, @Nullable Object> args = new HashMap<>();
    args.put("rules", rules);
    args.put("keep", keep);
    args.put("managers", ConsentManagers.forPageScripts());
    args.put("wording", OverlayWording.forPageScripts());
    args.put("pay", PayWording.forPageScripts());
    args.put("payment", PAYMENT_SELECTORS);
    return args;
  }
}
