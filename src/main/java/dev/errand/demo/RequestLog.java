package dev.errand.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every request the shop answered, with the instant it arrived: the ground truth for measuring how
 * fast a client reacted. Thread-safe. Requests to {@code /__demo/} (the shop's own instrumentation)
 * are not recorded.
 */
public final class RequestLog {

  /**
   * One answered request.
   *
   * @param receivedAt true wall-clock time taken first thing in the handler
   * @param receivedNanos {@link System#nanoTime()} taken right after {@code receivedAt}
   * @param method the HTTP method, e.g. {@code GET}
   * @param path the raw path with its query, e.g. {@code /security-check?next=/checkout}
   * @param status the HTTP status the shop answered with
   * @param session the {@code sid} of the request's session (a new one if it had none)
   * @param shopTime {@code receivedAt} read on the shop's own clock (the same unless the shop runs
   *     with a {@link DemoShopConfig#skew()}); the shop's rules, "too early" included, go by this
   * @param fetchDest the request's {@code Sec-Fetch-Dest} header, if it sent one ({@code document}
   *     for a browser's page load; none from a client that is not a browser)
   * @param errorPage whether the shop's front end answered with an error page instead of the page
   *     asked for ({@link DemoShopConfig#errorShare()}: a {@code 503}, or a {@code 200} whose body
   *     is an error page)
   */
  public record Entry(
      Instant receivedAt,
      long receivedNanos,
      String method,
      String path,
      int status,
      String session,
      Instant shopTime,
      Optional<String> fetchDest,
      boolean errorPage) {

    /** Checks that no component is null. */
    public Entry {
      Objects.requireNonNull(receivedAt, "receivedAt");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(session, "session");
      Objects.requireNonNull(shopTime, "shopTime");
      Objects.requireNonNull(fetchDest, "fetchDest");
    }

    /** An entry of a request answered by the page it asked for (or the shop's own refusal). */
    public Entry(
        Instant receivedAt,
        long receivedNanos,
        String method,
        String path,
        int status,
        String session,
        Instant shopTime,
        Optional<String> fetchDest) {
      this(receivedAt, receivedNanos, method, path, status, session, shopTime, fetchDest, false);
    }

    /** An entry of a request without {@code Sec-Fetch-Dest}. */
    public Entry(
        Instant receivedAt,
        long receivedNanos,
        String method,
        String path,
        int status,
        String session,
        Instant shopTime) {
      this(receivedAt, receivedNanos, method, path, status, session, shopTime, Optional.empty());
    }
  }

  private static final Comparator<Entry> BY_RECEIPT =
      Comparator.comparingLong(Entry::receivedNanos);

  private final List<Entry> entries = new ArrayList<>();

  /** Creates an empty log. */
  public RequestLog() {}

  void add(Entry entry) {
    Objects.requireNonNull(entry, "entry");
    synchronized (entries) {
      entries.add(entry);
    }
  }

  /** A snapshot of all entries, ordered by the time the requests arrived. */
  public List<Entry> entries() {
    List<Entry> copy;
    synchronized (entries) {
      copy = new ArrayList<>(entries);
    }
    copy.sort(BY_RECEIPT);
    return List.copyOf(copy);
  }

  /**
   * The entries with this method (any method if {@code null}) whose path starts with {@code
   * pathPrefix}, ordered by arrival.
   */
  public List<Entry> matching(String method, String pathPrefix) {
    Objects.requireNonNull(pathPrefix, "pathPrefix");
    List<Entry> result = new ArrayList<>();
    for (Entry entry : entries()) {
      if ((method == null || method.equalsIgnoreCase(entry.method()))
          && entry.path().startsWith(pathPrefix)) {
        result.add(entry);
      }
    }
    return List.copyOf(result);
  }

  /** Forgets every entry. */
  public void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }
}
