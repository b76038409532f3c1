package dev.errand.cli;

import dev.errand.journal.AttemptRecord;
import dev.errand.journal.AttemptsRoot;
import dev.errand.text.Suggestions;
import java.util.List;

/**
 * Turns what the person typed ({@code latest}, a folder name, or the unique start of one) into an
 * attempt, or one clear line with a did-you-mean (exit 2).
 */
final class AttemptsFinder {

  private AttemptsFinder() {}

  static AttemptRecord find(AttemptsRoot root, String given) {
    return root.read(resolve(root, given));
  }

  static String resolve(AttemptsRoot root, String given) {
    if (!root.exists()) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          "there is no attempts folder " + root.dir() + " (runs write there; or pass --dir)");
    }
    List<String> ids = root.ids();
    if (ids.isEmpty()) {
      throw new UserError(
          ExitCode.BAD_INPUT, "no attempts in " + root.dir() + " yet (try: errand demo)");
    }
    if (given.equals("latest")) {
      return ids.get(0);
    }
    if (ids.contains(given)) {
      return given;
    }
    if (root.folders().contains(given)) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          given + " in " + root.dir() + " has no journal.jsonl, so it is not an attempt");
    }
    List<String> starting = ids.stream().filter(id -> id.startsWith(given)).toList();
    if (starting.size() == 1) {
      return starting.get(0);
    }
    if (starting.size() > 1) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          "'"
              + given
              + "' starts "
              + starting.size()
              + " attempts ("
              + String.join(", ", starting.subList(0, Math.min(3, starting.size())))
              + (starting.size() > 3 ? ", …" : "")
              + "); give more of the id");
    }
    String hint = Suggestions.didYouMean(given, ids);
    throw new UserError(
        ExitCode.BAD_INPUT,
        "no attempt '"
            + given
            + "' in "
            + root.dir()
            + (hint.isEmpty() ? "; 'errand attempts' lists them, 'latest' is the newest" : hint));
  }
}
