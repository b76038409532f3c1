package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.errand.attempt.AttemptException;
import dev.errand.browser.BrowserUnavailableException;
import dev.errand.browser.ProfileInUseException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * A site another run holds and a profile another browser holds each have their own exit code and
 * line; neither is a missing browser, so neither sends the person to {@code doctor}.
 */
class InUseExitCodesTest {

  @Test
  void aBusySiteIsSixAndAProfileInUseIsSevenAndNeitherMentionsDoctor() {
    StringWriter err = new StringWriter();
    int site =
        Cli.funnel(
            new AttemptException(AttemptException.Kind.SITE_BUSY, "another errand run is on x"),
            new PrintWriter(err),
            false);
    assertEquals(ExitCode.SITE_BUSY, site);
    int profile =
        Cli.funnel(new ProfileInUseException("the profile's …"), new PrintWriter(err), false);
    assertEquals(ExitCode.PROFILE_IN_USE, profile);
    assertFalse(err.toString().contains("doctor"), err.toString());
    assertEquals(
        ExitCode.NO_BROWSER,
        Cli.funnel(
            new BrowserUnavailableException("none"), new PrintWriter(new StringWriter()), false));
  }
}
