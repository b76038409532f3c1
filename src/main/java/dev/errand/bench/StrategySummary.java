package dev.errand.bench;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One strategy's drops and their figures.
 *
 * @param name the strategy's name
 * @param drops its results, one per drop, in order
 * @param latency the reaction latencies of the drops that sent a request
 * @param early how many drops had an early request
 * @param failures how many drops sent no {@code POST /basket} at all
 * @param offsetError |measured − true| clock offset, over the drops that measured one
 * @param controlShown when the strategy saw the buy control after the instant, over the drops that
 *     tell
 * @param afterShown from the buy control showing to the request at the shop, over the same drops
 */
public record StrategySummary(
    String name,
    List<DropResult> drops,
    Optional<Stats> latency,
    int early,
    int failures,
    Optional<Stats> offsetError,
    Optional<Stats> controlShown,
    Optional<Stats> afterShown) {

  /** Checks that no component is null and copies the drops. */
  public StrategySummary {
    Objects.requireNonNull(name, "name");
    drops = List.copyOf(drops);
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(offsetError, "offsetError");
    Objects.requireNonNull(controlShown, "controlShown");
    Objects.requireNonNull(afterShown, "afterShown");
  }

  /** Sums up {@code drops}, all of the strategy {@code name}. */
  public static StrategySummary of(String name, List<DropResult> drops) {
    List<Duration> latencies =
        drops.stream().flatMap(d -> d.reaction().latency().stream()).toList();
    List<Duration> offsetErrors = drops.stream().flatMap(d -> d.offsetError().stream()).toList();
    return new StrategySummary(
        name,
        drops,
        Stats.of(latencies),
        (int) drops.stream().filter(d -> d.reaction().early()).count(),
        (int) drops.stream().filter(d -> d.reaction().failed()).count(),
        Stats.of(offsetErrors),
        Stats.of(drops.stream().flatMap(d -> d.controlShown().stream()).toList()),
        Stats.of(drops.stream().flatMap(d -> d.afterShown().stream()).toList()));
  }

  /** The never-early margins the strategy kept, over the drops that tell one. */
  public Optional<Stats> margin() {
    return Stats.of(drops.stream().flatMap(d -> d.margin().stream()).toList());
  }

  /** The reaction latency beyond the margin, over the drops that tell one. */
  public Optional<Stats> beyondMargin() {
    return Stats.of(drops.stream().flatMap(d -> d.beyondMargin().stream()).toList());
  }

  /** When the strategy reloaded for the buy control, over the drops where it did. */
  public Optional<Stats> reloadStarted() {
    return Stats.of(drops.stream().flatMap(d -> d.reloadStarted().stream()).toList());
  }

  /** How many drops put tickets in the basket. */
  public int added() {
    return (int) drops.stream().filter(d -> d.reaction().added()).count();
  }

  /** The most page loads within one second, over every drop; 0 without drops. */
  public int densestSecond() {
    return drops.stream().mapToInt(d -> d.politeness().densestSecond()).max().orElse(0);
  }

  /** The {@code 429} answers, over every drop. */
  public int refused() {
    return drops.stream().mapToInt(d -> d.politeness().refused()).sum();
  }

  /** The page loads that broke the rate limit, over every drop. */
  public int violations() {
    return drops.stream().mapToInt(d -> d.politeness().violations()).sum();
  }
}
