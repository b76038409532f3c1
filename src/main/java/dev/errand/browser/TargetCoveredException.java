package dev.errand.browser;

/**
 * An action could not reach its target because another element (a cookie banner, a pop-up) lies on
 * top of it; closing that and trying once more may help.
 */
public class TargetCoveredException extends BrowserActionException {

  private static final long serialVersionUID = 1L;

  public TargetCoveredException(String message, Throwable cause) {
    super(message, cause);
  }
}
