package dev.errand.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errand.browser.BrowserPage;
import dev.errand.recipe.Condition;
import dev.errand.recipe.HandoffReason;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResult;
import dev.errand.run.RunListener;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TerminalHandoffTest {

  /** A clock moved only by the page's pauses. */
  final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));

  final AtomicInteger polls = new AtomicInteger();
  int holdsAfterPolls = Integer.MAX_VALUE;

  final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  BrowserPage page() {
    return (BrowserPage)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {BrowserPage.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "pause":
                  polls.incrementAndGet();
                  now.set(now.get().plus((Duration) args[0]));
                  return null;
                case "holds":
                  return polls.get() >= holdsAfterPolls;
                default:
                  return null;
              }
            });
  }

  HandoffRequest request(Optional<Condition> until) {
    return new HandoffRequest(
        HandoffReason.CHALLENGE,
        "solve it",
        until,
        Duration.ofSeconds(10),
        "u",
        "s",
        Optional.empty(),
        Optional.empty());
  }

  final Optional<Condition> until = Optional.of(new Condition.UrlMatches("**/checkout"));

  @Test
  void carriesOnWhenTheConditionHolds() {
    holdsAfterPolls = 3;
    HandoffResult r =
        new TerminalHandoff(PersonInput.none(), clock)
            .handOff(request(until), page(), new RunListener() {});
    assertEquals(HandoffResult.DONE, r);
    assertEquals(3, polls.get());
  }

  @Test
  void enterCarriesOnAndAAborts() {
    PersonInput input = PersonInput.none();
    input.type("");
    assertEquals(
        HandoffResult.CONTINUED,
        new TerminalHandoff(input, clock).handOff(request(until), page(), new RunListener() {}));
    input.type("a");
    assertEquals(
        HandoffResult.ABORTED,
        new TerminalHandoff(input, clock).handOff(request(until), page(), new RunListener() {}));
  }

  @Test
  void givesUpAtTheTimeout() {
    Instant start = now.get();
    HandoffResult r =
        new TerminalHandoff(PersonInput.none(), clock)
            .handOff(request(until), page(), new RunListener() {});
    assertEquals(HandoffResult.TIMED_OUT, r);
    assertEquals(Duration.ofSeconds(10), Duration.between(start, now.get()));
  }
}
