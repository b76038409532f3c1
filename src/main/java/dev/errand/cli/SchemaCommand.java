package dev.errand.cli;

import dev.errand.recipe.schema.RecipeSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code errand schema [--out FILE]}: the recipes' JSON Schema, for editors. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Print the JSON Schema of recipes, for editors that complete and check YAML as you type.",
      "Save it (errand schema --out recipe.schema.json) and start a recipe with the line",
      "  # yaml-language-server: $schema=recipe.schema.json",
      "(a path relative to the recipe, or a URL); VS Code's YAML extension and IntelliJ read it."
    })
final class SchemaCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the schema to FILE instead of printing it.")
  @Nullable Path out;

  private final Env env;

  SchemaCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    String schema = RecipeSchema.json();
    if (out == null) {
      env.out.print(schema);
      env.out.flush();
      return ExitCode.OK;
    }
    Path file = env.workDir.resolve(out);
    try {
      Files.writeString(file, schema, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError(
          ExitCode.BAD_INPUT, "--out: cannot write " + file + ": " + JavaNames.said(e));
    }
    Console console = env.console(common);
    console.info("wrote " + out);
    console.info(
        "start a recipe with: "
            + RecipeSchema.modeline(env.workDir.resolve("RECIPE.yaml"), file).replace("\n", ""));
    return ExitCode.OK;
  }
}
