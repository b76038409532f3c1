package dev.errand.handoff.page;

import dev.errand.browser.LiveFrame;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;

/**
 * One handoff as its page sees it: what errand waits for, the latest picture of the tab, who is in
 * control, and the commands the controller sent, queued for the run's thread to carry out. Shared
 * by the page's server threads (which watch and post) and the run's thread (which adds frames and
 * drains commands); all state is guarded by one monitor, and watchers wait on it for a change.
 *
 * <p>One device controls at a time: the first to open the page; another sees the same pictures
 * view-only and may take over, which makes the previous one view-only. A device keeps its id across
 * reconnects, so a phone that locks and wakes keeps control.
 */
public final class PageSession {

  /** What the page shows about the handoff. */
  public record About(
      String reason, String message, Optional<String> until, Optional<String> hold) {}

  /** One device that opened the page. */
  public record Device(String id, String address) {}

  /**
   * A device opened the page ({@code took} false: in control when {@code controls}) or took control
   * ({@code took} true), from {@code address}.
   */
  public record Visit(String address, boolean controls, boolean took) {}

  /** What a watcher needs to send next: the picture and the state, each with its version. */
  record View(
      long frameVersion,
      @Nullable LiveFrame frame,
      long stateVersion,
      boolean controls,
      String status,
      boolean ended) {}

  private final About about;
  private final ConcurrentLinkedQueue<PageCommand> commands = new ConcurrentLinkedQueue<>();
  private final Map<String, Device> devices = new LinkedHashMap<>();
  private final List<String> happenings = new ArrayList<>();
  private final List<Visit> visits = new ArrayList<>();
  private final Object lock = new Object();
  private long frameVersion;
  private @Nullable LiveFrame frame;
  private long stateVersion;
  private @Nullable String controller;
  private String status = "waiting for you";
  private boolean ended;
  private int taps;
  private int scrolls;
  private int keys;
  private int refused;

  public PageSession(About about) {
    this.about = about;
  }

  public About about() {
    return about;
  }

  /** A new picture of the tab (on the run's thread). */
  public void frame(LiveFrame next) {
    synchronized (lock) {
      frame = next;
      frameVersion++;
      lock.notifyAll();
    }
  }

  /** Says what errand is doing now, on every open page. */
  public void status(String text) {
    synchronized (lock) {
      status = text;
      stateVersion++;
      lock.notifyAll();
    }
  }

  /** The handoff is over: every page shows {@code finalStatus} and stops. */
  public void end(String finalStatus) {
    synchronized (lock) {
      status = finalStatus;
      ended = true;
      stateVersion++;
      lock.notifyAll();
    }
  }

  public boolean ended() {
    synchronized (lock) {
      return ended;
    }
  }

  /** A device opened its live view; the first one in takes control. */
  void join(String device, String address) {
    synchronized (lock) {
      if (!devices.containsKey(device)) {
        devices.put(device, new Device(device, address));
        visits.add(new Visit(address, controller == null, false));
        happenings.add(
            "page opened from "
                + address
                + (controller == null ? " (in control)" : " (view only)"));
      }
      live.merge(device, 1, Integer::sum);
      if (controller == null) {
        controller = device;
      } else if (!controller.equals(device) && live.getOrDefault(controller, 0) == 0) {
        controller = device;
        happenings.add("control passed to " + address + " (the device in control had gone)");
      }
      stateVersion++;
      lock.notifyAll();
    }
  }

  /**
   * A device posted {@code line}: a take-over makes it the controller; a command from the
   * controller is queued. Returns whether it was taken.
   */
  boolean post(String device, String line) {
    synchronized (lock) {
      if (ended || !devices.containsKey(device)) {
        return false;
      }
      if (line.strip().equals("takeover")) {
        if (!device.equals(controller)) {
          controller = device;
          happenings.add("control taken over from " + devices.get(device).address());
          visits.add(new Visit(devices.get(device).address(), true, true));
          stateVersion++;
          lock.notifyAll();
        }
        return true;
      }
      if (!device.equals(controller)) {
        refused++;
        return false;
      }
      Optional<PageCommand> command = PageCommand.parse(line);
      if (command.isEmpty()) {
        refused++;
        return false;
      }
      if (command.get() instanceof PageCommand.Tap) {
        taps++;
      } else if (command.get() instanceof PageCommand.Scroll) {
        scrolls++;
      } else if (command.get() instanceof PageCommand.Type type) {
        keys += type.text().length();
      } else if (command.get() instanceof PageCommand.Key) {
        keys++;
      }
      commands.add(command.get());
      return true;
    }
  }

  /** The next command the controller sent, for the run's thread; empty when none waits. */
  public Optional<PageCommand> nextCommand() {
    return Optional.ofNullable(commands.poll());
  }

  /**
   * What {@code device} should be shown once something is newer than the versions it has, waiting
   * at most {@code wait}; returns the current view either way.
   */
  View await(String device, long seenFrame, long seenState, Duration wait)
      throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    synchronized (lock) {
      while (frameVersion == seenFrame && stateVersion == seenState && !ended) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        lock.wait(Math.max(1, left / 1_000_000));
      }
      return new View(frameVersion, frame, stateVersion, device.equals(controller), status, ended);
    }
  }

  /** What happened on the page, in order, for the journal: openings and take-overs. */
  public List<String> happenings() {
    synchronized (lock) {
      return List.copyOf(happenings);
    }
  }

  /** The devices that opened the page, in order. */
  public List<Device> devices() {
    synchronized (lock) {
      return List.copyOf(devices.values());
    }
  }

  /** Taps (clicks) carried out for the controller. */
  public int taps() {
    synchronized (lock) {
      return taps;
    }
  }

  /** Keys typed for the controller: a count, never the text. */
  public int keys() {
    synchronized (lock) {
      return keys;
    }
  }

  /** Posts refused: from a view-only device, or not a command. */
  public int refused() {
    synchronized (lock) {
      return refused;
    }
  }

  private @Nullable Instant givesUpAt;
  private @Nullable Instant holdEndsAt;

  /**
   * When errand gives up waiting, and when the shop lets the basket go if that is known: the page
   * counts down to both.
   */
  public void deadlines(Instant givesUp, Optional<Instant> holdEnds) {
    synchronized (lock) {
      givesUpAt = givesUp;
      holdEndsAt = holdEnds.orElse(null);
      stateVersion++;
      lock.notifyAll();
    }
  }

  /** When errand gives up waiting, once known. */
  Optional<Instant> givesUpAt() {
    synchronized (lock) {
      return Optional.ofNullable(givesUpAt);
    }
  }

  /** When the shop lets the basket go, when known. */
  Optional<Instant> holdEndsAt() {
    synchronized (lock) {
      return Optional.ofNullable(holdEndsAt);
    }
  }

  /** Live views open per device: a controller with none left gives way to the next device in. */
  private final Map<String, Integer> live = new HashMap<>();

  /** A device's live view closed (it may come back: it keeps control until another comes in). */
  void leave(String device) {
    synchronized (lock) {
      live.computeIfPresent(device, (d, n) -> n > 1 ? n - 1 : null);
    }
  }

  /** Scrolls carried out for the controller. */
  public int scrolls() {
    synchronized (lock) {
      return scrolls;
    }
  }

  /** The openings and take-overs so far, in order. */
  public List<Visit> visits() {
    synchronized (lock) {
      return List.copyOf(visits);
    }
  }
}
