package dev.errand.cli;

import dev.errand.attempt.Preparation;
import dev.errand.profile.ExposedSecrets;
import dev.errand.profile.Profile;
import dev.errand.profile.ProfileException;
import dev.errand.profile.ProfileLoader;
import dev.errand.recipe.AllowedDomains;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.parse.Diagnostic;
import dev.errand.recipe.parse.RecipeException;
import dev.errand.recipe.parse.RecipeParser;
import dev.errand.recipe.parse.VariableScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code errand validate RECIPE…}: every problem in every recipe, nothing run. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Check recipes without running them: every problem, with file:line:col.")
final class ValidateCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "RECIPE", description = "Recipe files (YAML).")
  List<Path> recipes = new ArrayList<>();

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description =
          "Check $${profile.…} and $${secrets.…} against this profile (default: as run chooses:"
              + " $ERRAND_PROFILE, else your only own profile, else example).")
  @Nullable String profile;

  private final Env env;

  ValidateCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    VariableScope scope = scope(console);
    int failed = 0;
    for (Path file : recipes) {
      Path path = env.workDir.resolve(file);
      try {
        Recipe recipe = RecipeParser.parse(path, scope);
        int steps = recipe.allSteps().size();
        console.info(
            console.green("ok ")
                + file
                + console.dim("  " + recipe.name() + " · " + steps + " steps"));
        // a person reviewing a shared recipe sees where it can take their logged-in browser
        console.info("   may reach: " + AllowedDomains.describe(recipe.allowedDomains()));
      } catch (RecipeException e) {
        failed++;
        for (Diagnostic d : e.diagnostics()) {
          console.error(e.sourceText().map(d::formatWithCaret).orElse(d.format()));
        }
      }
    }
    if (failed > 0) {
      console.error(
          failed
              + " of "
              + recipes.size()
              + " recipe"
              + (recipes.size() == 1 ? "" : "s")
              + " with problems");
      return ExitCode.BAD_INPUT;
    }
    return ExitCode.OK;
  }

  private VariableScope scope(Console console) {
    Profiles.Choice choice = Profiles.choose(env, profile);
    String name = choice.name();
    try {
      Profile p = new ProfileLoader(env.profilesDir(), env.errandHome()).load(name);
      ExposedSecrets.warning(p).ifPresent(console::warn);
      // the profile 'run' would use, said once: a recipe valid against another may not be here
      console.info("profile: " + choice.describe());
      return Preparation.scopeOf(p);
    } catch (ProfileException e) {
      if (profile != null) {
        throw e;
      }
      console.warn(
          "profile "
              + choice.describe()
              + " not loaded, so ${profile.…} and ${secrets.…} are not checked: "
              + e.problems().get(0));
      return VariableScope.permissive();
    }
  }
}
