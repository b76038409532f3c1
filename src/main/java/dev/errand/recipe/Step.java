package dev.errand.recipe;

import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One line of a recipe. The YAML key is the step's type ({@code - click: ...}). Every step
 * describes itself in one line (secrets masked) and resolves variables into a copy.
 */
public sealed interface Step {

  /** The YAML name of this step type ({@code click}, {@code wait-for}, …). */
  String type();

  /** One line for the console, the journal and the report. Secret values are masked. */
  String describe();

  StepOptions options();

  /** A copy with every text passed through {@code r}. */
  Step resolve(UnaryOperator<String> r, UnaryOperator<Value> values);

  /** Open a URL (absolute, or relative to the recipe's site). */
  record Goto(String url, StepOptions options) implements Step {
    @Override
    public String type() {
      return "goto";
    }

    @Override
    public String describe() {
      return "goto " + url;
    }

    @Override
    public Step resolve(UnaryOperator<String> r, UnaryOperator<Value> v) {
      return new Goto(r.apply(url), options.resolve(r));
    }
  }

  /** Reload the page; returns as soon as the response starts. */
  record Reload(StepOptions options) implements Step {
    @Override
    public String type() {
      return "reload";
    }

    @Override
    public String describe() {
      return "reload";
    }

    @Override
    public Step resolve(UnaryOperator<String> r, UnaryOperator<Value> v) {
      return new Reload(options.resolve(r));
    }
  }

  record Click(Locator target, StepOptions options) implements Step {
    @Override
    public String type() {
      return "click";
    }

    @Override
    public String describe() {
      return "click " + target.describe();
    }

    @Override
    public Step resolve(UnaryOperator<String> r, UnaryOperator<Value> v) {
      return new Click(target.resolve(r), options.resolve(r));
    }
  }

  record Fill(Locator target, Value value, StepOptions options) implements Step {
    @Override
    public String type() {
      return "fill";
    }

    @Override
    public String describe() {
      return "fill " + target.describe() + " with " + value.describe();
    }

    @Override
    public Step resolve(UnaryOperator<String> r, UnaryOperator<Value> v) {
      return new Fill(target.resolve(r), v.apply(value), options.resolve(r));
    }
  }

  /** Choose an option in a native {@code <select>} or a custom dropdown. */
  record Select(Locator target, Value option, StepOptions options) implements Step {
    @Override
    public String type() {
      return "select";
    }

    @Override
    public String describe() {
      return "select " + option.describe() + " in " + target.describe();
    }

    @Override
    public Step resolve(UnaryOperator<String> r, UnaryOperator<Value> v) {
      return new Select(target.resolve(r), v.apply(option), options.resolve(r));
    }
  }

  /** Check (or with {@code checked: false} uncheck) a checkbox, radio or switch. */
  record Check(Locator target, boolean checked, StepOptions options) implements Step {
    @Override
    public String type() {
      return "check";
    }

    @Override
    public String describe() {
      return (checked ? "check " : "uncheck ") + target.describe();
    }

    @Override
    public Step resolve(UnaryOperator<String> r, UnaryOperator<Value> v) {
      return new Check(target.resolve(r), checked, options.resolve(r));
    }
  }

  /** Press a key ({@code Enter}, {@code Control+A}), on an element or on the page. */
  record Press(String key, Optional<Locator> target, StepOptions options) implements Step {
    @Override
    public String type() {
      return "press";
    }

    @Override
    public String describe() {
      return "press "
          + CardNumbers.mask(key, "••••••")
          + target.map(t -> " on " + t.describe()).orElse("");
    }

    @Override
    public Step resolve(UnaryOperator<String> r, UnaryOperator<Value> v) {
      return new Press(key, target.map(t -> t.resolve(r)), options.resolve(r));
    }
  }

  /** Wait until a page state holds, up to the step's timeout. */
  record WaitFor(Condition condition, StepOptions options) implements Step {
    @Override
    public String type() {
      return "wait-for";
    }

    @Override
    public String describe() {
      return "wait for " + condition.describe();
    }

    @Override
    public Step resolve(UnaryOperator<String> r, UnaryOperator<Value> v) {
      return new WaitFor(condition.resolve(r), options.resolve(r));
    }
  }

  /**
   * A page state that must hold (waiting up to the timeout, default a short grace); else the run
   * ends with {@code verdict} and {@code message}.
   */
  record Expect(Condition condition, Verdict verdict, Optional<String> message, StepOptions options)
      implements Step {
    @Override
    public String type() {
      return "expect";
    }

    @Override
    public String describe() {
      return "expect " + condition.describe();
    }

    @Override
    public Step resolve(UnaryOperator<String> r, UnaryOperator<Value> v) {
      return new Expect(condition.resolve(r), verdict, message.map(r), options.resolve(r));
    }
  }

  /** Save a screenshot into the attempt folder under {@code name}. */
  record Screenshot(String name, boolean fullPage, StepOptions options) implements Step {
    @Override
    public String type() {
      return "screenshot";
    }

    @Override
    public String describe() {
      return "screenshot " + name;
    }

    @Override
    public Step resolve(UnaryOperator<String> r, UnaryOperator<Value> v) {
      return new Screenshot(r.apply(name), fullPage, options.resolve(r));
    }
  }

  /**
   * Stop acting and give the person control, with a message. errand waits until {@code until} holds
   * (the person finished), the person presses Enter, or {@code timeout} passes.
   */
  record Handoff(
      HandoffReason reason,
      String message,
      Optional<Condition> until,
      Optional<Duration> timeout,
      StepOptions options)
      implements Step {
    @Override
    public String type() {
      return "handoff";
    }

    @Override
    public String describe() {
      return "handoff (" + reason.yamlName() + "): " + message;
    }

    @Override
    public Step resolve(UnaryOperator<String> r, UnaryOperator<Value> v) {
      return new Handoff(
          reason, r.apply(message), until.map(c -> c.resolve(r)), timeout, options.resolve(r));
    }
  }

  /**
   * Re-check {@code until} every {@code every} (with a little jitter), looking at the page or, with
   * {@code reload}, reloading it first, for up to {@code limit}. When it holds the run goes on;
   * when the limit passes first the run ends with {@code verdict} and {@code message} (with none,
   * the step fails, so {@code optional: true} lets the run go on).
   */
  record Poll(
      Condition until,
      boolean reload,
      Duration every,
      Duration limit,
      Optional<Verdict> verdict,
      Optional<String> message,
      StepOptions options)
      implements Step {
    @Override
    public String type() {
      return "poll";
    }

    @Override
    public String describe() {
      return "poll until "
          + until.describe()
          + (reload ? ", reloading" : "")
          + " every "
          + text(every)
          + " for up to "
          + text(limit);
    }

    private static String text(Duration d) {
      long ms = d.toMillis();
      return ms % 1000 == 0 ? (ms / 1000) + "s" : ms + "ms";
    }

    @Override
    public Step resolve(UnaryOperator<String> r, UnaryOperator<Value> v) {
      return new Poll(until.resolve(r), reload, every, limit, verdict, message.map(r), options);
    }
  }

  /**
   * A safe point to come back to: when the browser crashes later, errand starts it again, reopens
   * the page it was on here and goes on from the step after this one. Does nothing on the page. Not
   * allowed at the release instant (there is no going back to the instant).
   */
  record Checkpoint(String name, StepOptions options) implements Step {
    @Override
    public String type() {
      return "checkpoint";
    }

    @Override
    public String describe() {
      return name.isEmpty() ? "checkpoint" : "checkpoint " + name;
    }

    @Override
    public Step resolve(UnaryOperator<String> r, UnaryOperator<Value> v) {
      return new Checkpoint(r.apply(name), options.resolve(r));
    }
  }
}
