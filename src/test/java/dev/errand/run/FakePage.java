package dev.errand.run;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserPage;
import dev.errand.browser.Detection;
import dev.errand.recipe.Condition;
import dev.errand.recipe.Locator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A page for runner unit tests: records every action (and, separately, those done while urgent);
 * elements "exist" when their description is in {@link #present}; the URL is settable. Browser
 * behaviour itself is tested in real Chromium.
 */
public final class FakePage implements BrowserPage {

  public final List<String> actions = new ArrayList<>();
  final List<String> urgentActions = new ArrayList<>();
  final Set<String> present = new HashSet<>();
  String url = "about:blank";
  Duration paused = Duration.ZERO;
  Runnable onPause = () -> {};
  boolean urgent;

  /** What the pages shown next are: an error page's description, or empty for the site's page. */
  final java.util.Deque<Optional<String>> errorPages = new java.util.ArrayDeque<>();

  Optional<String> errorPage = Optional.empty();
  boolean afterSubmit;

  /** Why the site refuses errand ({@link #blocked}), from the next goto on; empty: it serves. */
  Optional<String> blockOnGoto = Optional.empty();

  Optional<String> blocked = Optional.empty();

  private String require(Locator l) {
    if (!present.contains(l.describe())) {
      throw new BrowserActionException("no visible element matches " + l.describe());
    }
    return l.describe();
  }

  @Override
  public String navigate(String url, Duration timeout) {
    act("goto " + url);
    this.url = url;
    roomLooks.addAll(roomOnGoto);
    roomOnGoto.clear();
    errorPage = errorPages.isEmpty() ? Optional.empty() : errorPages.poll();
    afterSubmit = false;
    if (blockOnGoto.isPresent()) {
      blocked = blockOnGoto;
      return "HTTP 403 Forbidden";
    }
    return "HTTP 200";
  }

  @Override
  public Optional<String> errorPage() {
    return errorPage;
  }

  @Override
  public Optional<String> blocked() {
    return blocked;
  }

  @Override
  public boolean shownAfterSubmit() {
    return afterSubmit;
  }

  /** Runs after each reload (the page "changes"). */
  Runnable onReload = () -> {};

  @Override
  public String reload(Duration timeout) {
    act("reload");
    onReload.run();
    return "HTTP 200";
  }

  /** Runs after each click is recorded (a form's answer, say). */
  java.util.function.Consumer<Locator> onClick = target -> {};

  @Override
  public String click(Locator target, Duration timeout) {
    act("click " + target.describe());
    onClick.accept(target);
    if (!overlays.isEmpty() && coveredByOverlay.contains(target.describe())) {
      throw new dev.errand.browser.TargetCoveredException(
          "could not click " + target.describe() + ": it is covered by another element",
          new RuntimeException());
    }
    return require(target);
  }

  @Override
  public String fill(Locator target, String value, Duration timeout) {
    act("fill " + target.describe() + "=" + value);
    return require(target);
  }

  @Override
  public String select(Locator target, String option, Duration timeout) {
    act("select " + option);
    return require(target);
  }

  @Override
  public String check(Locator target, boolean checked, Duration timeout) {
    act("check " + checked);
    return require(target);
  }

  @Override
  public String press(Locator target, String key, Duration timeout) {
    act("press " + key);
    return target == null ? null : require(target);
  }

  @Override
  public boolean holds(Condition condition) {
    if (condition instanceof Condition.Visible) {
      return present.contains(((Condition.Visible) condition).locator().describe());
    }
    if (condition instanceof Condition.Hidden) {
      return !present.contains(((Condition.Hidden) condition).locator().describe());
    }
    return url.contains(((Condition.UrlMatches) condition).pattern().replace("**", ""));
  }

  @Override
  public String waitFor(Condition condition, Duration timeout) {
    act("wait " + condition.describe());
    if (!holds(condition)) {
      throw new BrowserActionException(
          "timed out after " + timeout.toSeconds() + "s waiting for " + condition.describe());
    }
    return condition.describe();
  }

  @Override
  public void screenshot(Path file) {
    act("screenshot");
  }

  @Override
  public String html() {
    return "<html></html>";
  }

  @Override
  public String url() {
    return url;
  }

  @Override
  public String title() {
    return "fake";
  }

  @Override
  public void pause(Duration duration) {
    paused = paused.plus(duration);
    onPause.run();
  }

  @Override
  public void bringToFront() {
    act("front");
  }

  @Override
  public void urgent(boolean on) {
    urgent = on;
  }

  /** What {@link #detect} reports from the given number of calls on (the page "changes"). */
  List<Detection> detections = List.of();

  int detectCalls;

  /** Targets (by description) that are payment controls. */
  final Set<String> paymentControls = new HashSet<>();

  @Override
  public List<Detection> detect() {
    detectCalls++;
    return detections;
  }

  @Override
  public boolean isPaymentControl(Locator target) {
    return paymentControls.contains(target.describe());
  }

  private void act(String action) {
    actions.add(action);
    if (urgent) {
      urgentActions.add(action);
    }
  }

  /** What covers the page now, each as dismissOverlays reports it; closed by the next call. */
  final List<String> overlays = new ArrayList<>();

  /** Targets (by description) a click cannot reach while anything is in {@link #overlays}. */
  final Set<String> coveredByOverlay = new HashSet<>();

  /** Each dismissOverlays call: the rules and the target kept, described. */
  final List<String> dismissCalls = new ArrayList<>();

  @Override
  public List<String> dismissOverlays(List<Locator> rules, Optional<Locator> keep) {
    dismissCalls.add(
        rules.stream().map(Locator::describe).toList()
            + " keep "
            + keep.map(Locator::describe).orElse("-"));
    List<String> closed = List.copyOf(overlays);
    overlays.clear();
    return closed;
  }

  /**
   * What the waiting room shows at each next look, in order; no room once they are used up (with
   * {@link #roomForever}, the last one stays).
   */
  final java.util.Deque<dev.errand.browser.QueueState> roomLooks = new java.util.ArrayDeque<>();

  boolean roomForever;

  /** The looks of a waiting room the next goto lands in. */
  final List<dev.errand.browser.QueueState> roomOnGoto = new ArrayList<>();

  @Override
  public Optional<dev.errand.browser.QueueState> waitingRoom() {
    if (roomLooks.size() > 1 || (!roomForever && roomLooks.size() == 1)) {
      return Optional.ofNullable(roomLooks.poll());
    }
    return Optional.ofNullable(roomLooks.peek());
  }

  /** The live pay control {@link #livePayControl} reports. */
  Optional<String> livePay = Optional.empty();

  /** The limit the page's text states. */
  Optional<dev.errand.browser.ShopLimit> statedLimit = Optional.empty();

  /** The limit binding each quantity control, by its locator's description. */
  final java.util.Map<String, dev.errand.browser.ShopLimit> quantityLimits =
      new java.util.HashMap<>();

  @Override
  public Optional<String> livePayControl() {
    return livePay;
  }

  @Override
  public Optional<dev.errand.browser.ShopLimit> statedLimit() {
    return statedLimit;
  }

  @Override
  public Optional<dev.errand.browser.ShopLimit> quantityLimit(Locator control) {
    return Optional.ofNullable(quantityLimits.get(control.describe()));
  }
}
