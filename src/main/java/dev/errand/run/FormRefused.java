package dev.errand.run;

/**
 * The site answered a form the page submitted with an error page (a 503, a 429, "Service
 * temporarily unavailable"): the form was refused, not taken. The runner goes back to the page the
 * steps began on and does them again, a bounded number of times ({@link FormRedo}); past that the
 * step fails with this message.
 */
public final class FormRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FormRefused(String message) {
    super(message);
  }
}
