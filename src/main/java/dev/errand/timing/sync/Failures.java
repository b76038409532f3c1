package dev.errand.timing.sync;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Says in a few words why a probe got no answer. */
final class Failures {

  private Failures() {}

  /** E.g. {@code connection refused}, {@code no answer within 5 s}, {@code unknown host}. */
  static String describe(Throwable failure, Duration timeout) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof HttpConnectTimeoutException) {
        return "no connection within " + TimeText.atMost(timeout);
      }
      if (t instanceof HttpTimeoutException) {
        return "no answer within " + TimeText.atMost(timeout);
      }
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return "unknown host";
      }
      if (t instanceof NoRouteToHostException) {
        return "no route to host";
      }
      if (t instanceof SSLException) {
        return "TLS failed (" + message(t) + ")";
      }
      if (t instanceof ConnectException) {
        // java.net.http reports a refused connection as a ConnectException without a message.
        return t.getMessage() == null ? "connection refused" : message(t);
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return message(t);
      }
    }
    return failure.getClass().getSimpleName();
  }

  private static String message(Throwable t) {
    String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
    if (text.length() > 1
        && Character.isUpperCase(text.charAt(0))
        && Character.isLowerCase(text.charAt(1))) {
      text = text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
