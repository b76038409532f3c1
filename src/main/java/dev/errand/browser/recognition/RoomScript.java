package dev.errand.browser.recognition;

import dev.errand.browser.pagescript.ScriptResource;

/**
 * The room script, {@code /errand/room.js} behind {@code dom.js}: {@code (markup, textRead) =>
 * {url, title, heading, text, marked, scripts}}, read by {@link RoomFacts#of} and judged by {@link
 * WaitingRoomSigns}. Called with {@link WaitingRoomSigns#MARKUP} and {@link
 * WaitingRoomSigns#TEXT_READ}.
 */
public final class RoomScript {

  private static final String SOURCE =
      ScriptResource.withDom("markup, textRead", ScriptResource.load("room.js"));

  private RoomScript() {}

  /** The function expression, taking its arguments as one array: {@code [markup, textRead]}. */
  public static String source() {
    return "(args) => (" + SOURCE + ")(args[0], args[1])";
  }
}
