package dev.errand.browser;

import java.util.function.Consumer;

/**
 * The tab as a screen a person far away can watch and use: a stream of pictures, and input the page
 * receives as a person's (trusted events). Points are CSS pixels in the viewport.
 *
 * <p>Not thread-safe: call it on the thread that drives the page; frames are delivered on that
 * thread too, while it is inside a browser call (such as {@link BrowserPage#pause}).
 */
public interface LiveScreen {

  /** Starts sending pictures at most {@code maxWidth} × {@code maxHeight} to {@code frames}. */
  void start(int maxWidth, int maxHeight, Consumer<LiveFrame> frames);

  /** Stops the pictures; safe to call when not started. */
  void stop();

  /** A click (or a tap: the same to the page) at a point. */
  void click(double x, double y);

  /** A mouse wheel turned over a point, by {@code dx}, {@code dy} CSS pixels. */
  void wheel(double x, double y, double dx, double dy);

  /** Types {@code text} into whatever has the focus, key by key. */
  void type(String text);

  /** Presses one named key ("Enter", "Backspace", "Tab", "Escape"). */
  void press(String key);
}
