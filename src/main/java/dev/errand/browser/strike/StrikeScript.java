package dev.errand.browser.strike;

import dev.errand.browser.pagescript.ScriptResource;
import dev.errand.browser.recognition.DetectScripts;

/**
 * {@code strike.js} behind {@code dom.js} and with {@code detect.js} to call: one program that a
 * plan ({@link StrikePlan#json}, which carries the signature table and the pay wording) runs in a
 * page, as an {@code evaluate} and as an init script for the next document. Everything it needs is
 * in the page before the instant: starting it costs no further round trip.
 */
public final class StrikeScript {

  private static final String ENGINE =
      "(plan) => { const dom = ("
          + ScriptResource.DOM
          + ")(); return ("
          + ScriptResource.load("strike.js")
          + ")(dom, (table) => ("
          + DetectScripts.detectWithoutDom()
          + ")(dom, table), plan); }";

  private StrikeScript() {}

  /** The strike with {@code planJson}, as a script to evaluate or to add for every document. */
  public static String program(String planJson) {
    return "(" + ENGINE + ")(" + planJson + ")";
  }
}
