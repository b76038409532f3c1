package dev.errand.run;

import dev.errand.recipe.Step;
import dev.errand.run.steps.CheckHandler;
import dev.errand.run.steps.CheckpointHandler;
import dev.errand.run.steps.ClickHandler;
import dev.errand.run.steps.ExpectHandler;
import dev.errand.run.steps.FillHandler;
import dev.errand.run.steps.GotoHandler;
import dev.errand.run.steps.HandoffHandler;
import dev.errand.run.steps.PollHandler;
import dev.errand.run.steps.PressHandler;
import dev.errand.run.steps.ReloadHandler;
import dev.errand.run.steps.ScreenshotHandler;
import dev.errand.run.steps.SelectHandler;
import dev.errand.run.steps.WaitForHandler;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One handler per step type; a test checks that every permitted {@link Step} has one. */
public final class StepHandlers {

  private final Map<Class<? extends Step>, StepHandler<? extends Step>> handlers = new HashMap<>();

  public static StepHandlers standard() {
    return new StepHandlers()
        .with(Step.Goto.class, new GotoHandler())
        .with(Step.Reload.class, new ReloadHandler())
        .with(Step.Click.class, new ClickHandler())
        .with(Step.Fill.class, new FillHandler())
        .with(Step.Select.class, new SelectHandler())
        .with(Step.Check.class, new CheckHandler())
        .with(Step.Press.class, new PressHandler())
        .with(Step.WaitFor.class, new WaitForHandler())
        .with(Step.Expect.class, new ExpectHandler())
        .with(Step.Screenshot.class, new ScreenshotHandler())
        .with(Step.Handoff.class, new HandoffHandler())
        .with(Step.Poll.class, new PollHandler())
        .with(Step.Checkpoint.class, new CheckpointHandler());
  }

  public <S extends Step> StepHandlers with(Class<S> type, StepHandler<S> handler) {
    handlers.put(type, handler);
    return this;
  }

  public boolean handles(Class<?> type) {
    return handlers.containsKey(type);
  }

  @SuppressWarnings("unchecked")
  public Optional<String> execute(Step step, StepContext context) {
    StepHandler<Step> handler = (StepHandler<Step>) handlers.get(step.getClass());
    if (handler == null) {
      throw new IllegalStateException("no handler for step type " + step.type());
    }
    return handler.execute(step, context);
  }
}
