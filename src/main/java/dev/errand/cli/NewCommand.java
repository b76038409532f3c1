package dev.errand.cli;

import dev.errand.attempt.SiteLock;
import dev.errand.browser.pw.PlaywrightLauncher;
import dev.errand.recipe.schema.RecipeSchema;
import dev.errand.scaffold.PageLook;
import dev.errand.scaffold.ScaffoldText;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code errand new NAME --url URL}: a commented recipe to start from, named after the page. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Write a commented recipe to start from: the usual sections, the cookie wall,",
      "a release with its window and a payment handoff at the end. errand looks at",
      "the page once (headless, one page load) and names the placeholders after what",
      "it shows: its title, its main buttons and links, its form fields, its cookie",
      "banner. Nothing is clicked or submitted."
    })
final class NewCommand implements Callable<Integer> {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  @Mixin CommonOptions common;

  @Parameters(
      index = "0",
      paramLabel = "NAME",
      description = "The recipe's name; it is written to NAME.yaml unless --out says where.")
  String name;

  @Option(
      names = "--url",
      required = true,
      paramLabel = "URL",
      description = "The page the sale happens on, e.g. https://tickets.example.com/events/aurora.")
  String url;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the recipe (default: NAME.yaml here). Never overwritten.")
  @Nullable Path out;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description = "How long the page gets to answer (default: ${DEFAULT-VALUE}).",
      defaultValue = "15s")
  String timeout = "15s";

  @Option(
      names = "--browser",
      paramLabel = "PATH|CHANNEL",
      description = "Which browser looks at the page (default: the one errand finds).")
  @Nullable String browser;

  private final Env env;

  NewCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    String base = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
    if (!NAME.matcher(base).matches()) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          "bad recipe name '" + name + "': use letters, digits, '.', '-' and '_'");
    }
    URI page = page(url);
    Duration wait = DurationOptions.parse("--timeout", timeout);
    Path file = env.workDir.resolve(out != null ? out : Path.of(base + ".yaml"));
    if (Files.exists(file)) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          file + " exists; errand new never overwrites: choose another NAME or --out");
    }
    console.detail("looking at " + page + " (one page load, headless)");
    PageLook.Result look;
    // a run on the site paces its page loads alone: the look waits for no run, it is refused
    SiteLock lock =
        SiteLock.take(env.errandHome().resolve("locks"), page, "new", java.time.Instant.now());
    try {
      look =
          PageLook.at(
              new PlaywrightLauncher(),
              browser == null ? "" : browser,
              page,
              env.pacing.forSite(page).budget(),
              wait);
    } finally {
      lock.close();
    }
    String text =
        ScaffoldText.write(
            base,
            page,
            look.survey(),
            placeholderRelease(),
            RecipeSchema.modelineFor(file, env.workDir));
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          file + " exists; errand new never overwrites: choose another NAME or --out");
    } catch (IOException e) {
      throw new UserError(ExitCode.BAD_INPUT, "cannot write " + file + ": " + e.getMessage());
    }
    Optional<Path> schema = schemaBeside(file);
    look.whyNot()
        .ifPresent(
            why ->
                console.warn(
                    "the page did not answer ("
                        + why
                        + "): wrote the generic skeleton, with nothing from the page"));
    console.info(
        console.green("wrote ")
            + (out != null ? out : base + ".yaml")
            + look.survey()
                .map(
                    s ->
                        console.dim(
                            "  from \""
                                + s.title()
                                + "\": "
                                + s.controls().size()
                                + " buttons and links, "
                                + s.fields().size()
                                + " fields"
                                + (s.cookieBanner().isPresent() ? ", a cookie banner" : "")))
                .orElse(""));
    schema.ifPresent(
        written ->
            console.info(
                console.dim(
                    "wrote "
                        + written.getFileName()
                        + " beside it: editors that read the recipe's first line complete and"
                        + " check it as you type")));
    console.info(
        "Next: fill in the TODOs, then errand validate " + (out != null ? out : base + ".yaml"));
    return ExitCode.OK;
  }

  /**
   * Outside an errand checkout the recipe's first line points at {@code recipe.schema.json} beside
   * it: written here unless there is one already. Empty when none was written.
   */
  private Optional<Path> schemaBeside(Path recipe) {
    if (Files.isRegularFile(env.workDir.resolve(RecipeSchema.REPO_PATH))) {
      return Optional.empty();
    }
    Path parent = recipe.toAbsolutePath().getParent();
    Path schema = (parent == null ? Path.of("") : parent).resolve("recipe.schema.json");
    try {
      Files.writeString(
          schema, RecipeSchema.json(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      return Optional.of(schema);
    } catch (IOException e) {
      // one there already (kept as it is), or a folder errand cannot write to: the recipe is
      // written
      return Optional.empty();
    }
  }

  /** An http(s) address with a host, or a one-line error. */
  static URI page(String text) {
    String t = text.strip();
    try {
      URI uri = new URI(t);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getRawUserInfo() == null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // said below
    }
    throw new UserError(
        ExitCode.BAD_INPUT,
        "--url '"
            + t
            + "' is not a web page's address: give one such as"
            + " https://tickets.example.com/events/aurora");
  }

  /** Tomorrow at 10:00 on this machine's clock: a placeholder the recipe marks TODO. */
  private static OffsetDateTime placeholderRelease() {
    ZonedDateTime now = ZonedDateTime.now(java.time.ZoneId.systemDefault());
    return now.plusDays(1)
        .with(LocalTime.of(10, 0))
        .truncatedTo(ChronoUnit.MINUTES)
        .toOffsetDateTime();
  }
}
