package dev.errand.recipe;

import java.util.Optional;

/** A recipe input ({@code ${inputs.name}}), given on the CLI with {@code --input name=value}. */
public record Input(String name, Optional<String> defaultValue, Optional<String> description) {}
