package dev.errand.browser.pw;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where locators are looked up: the page, an iframe inside it, or one element's subtree. Playwright
 * gives pages, frame locators and locators the same queries with different option types; this hides
 * the difference.
 */
sealed interface Scope {

  Locator locator(String selector);

  Locator byRole(AriaRole role, @Nullable String name, boolean exact);

  /** Elements of {@code role} whose accessible name matches {@code name}. */
  Locator byRole(AriaRole role, Pattern name);

  Locator byLabel(String label, boolean exact);

  Locator byText(String text, boolean exact);

  Locator byText(Pattern text);

  Locator byPlaceholder(String placeholder, boolean exact);

  Locator byTestId(String testId);

  Scope frame(String selector);

  /** The subtrees of the elements {@code selector} matches here. */
  default Scope within(String selector) {
    return new ElementScope(locator(selector));
  }

  static Scope of(Page page) {
    return new PageScope(page);
  }

  /** The top-level page. */
  record PageScope(Page page) implements Scope {
    @Override
    public Locator locator(String selector) {
      return page.locator(selector);
    }

    @Override
    public Locator byRole(AriaRole role, @Nullable String name, boolean exact) {
      Page.GetByRoleOptions o = new Page.GetByRoleOptions();
      if (name != null) {
        o.setName(name).setExact(exact);
      }
      return page.getByRole(role, o);
    }

    @Override
    public Locator byRole(AriaRole role, Pattern name) {
      return page.getByRole(role, new Page.GetByRoleOptions().setName(name));
    }

    @Override
    public Locator byLabel(String label, boolean exact) {
      return page.getByLabel(label, new Page.GetByLabelOptions().setExact(exact));
    }

    @Override
    public Locator byText(String text, boolean exact) {
      return page.getByText(text, new Page.GetByTextOptions().setExact(exact));
    }

    @Override
    public Locator byText(Pattern text) {
      return page.getByText(text);
    }

    @Override
    public Locator byPlaceholder(String placeholder, boolean exact) {
      return page.getByPlaceholder(placeholder, new Page.GetByPlaceholderOptions().setExact(exact));
    }

    @Override
    public Locator byTestId(String testId) {
      return page.getByTestId(testId);
    }

    @Override
    public Scope frame(String selector) {
      return new FrameScope(page.frameLocator(selector));
    }
  }

  /** An iframe, reached through a chain of frame selectors. */
  record FrameScope(FrameLocator frame) implements Scope {
    @Override
    public Locator locator(String selector) {
      return frame.locator(selector);
    }

    @Override
    public Locator byRole(AriaRole role, @Nullable String name, boolean exact) {
      FrameLocator.GetByRoleOptions o = new FrameLocator.GetByRoleOptions();
      if (name != null) {
        o.setName(name).setExact(exact);
      }
      return frame.getByRole(role, o);
    }

    @Override
    public Locator byRole(AriaRole role, Pattern name) {
      return frame.getByRole(role, new FrameLocator.GetByRoleOptions().setName(name));
    }

    @Override
    public Locator byLabel(String label, boolean exact) {
      return frame.getByLabel(label, new FrameLocator.GetByLabelOptions().setExact(exact));
    }

    @Override
    public Locator byText(String text, boolean exact) {
      return frame.getByText(text, new FrameLocator.GetByTextOptions().setExact(exact));
    }

    @Override
    public Locator byText(Pattern text) {
      return frame.getByText(text);
    }

    @Override
    public Locator byPlaceholder(String placeholder, boolean exact) {
      return frame.getByPlaceholder(
          placeholder, new FrameLocator.GetByPlaceholderOptions().setExact(exact));
    }

    @Override
    public Locator byTestId(String testId) {
      return frame.getByTestId(testId);
    }

    @Override
    public Scope frame(String selector) {
      return new FrameScope(frame.frameLocator(selector));
    }
  }

  /** Inside one element (e.g. the list a combobox controls), on the page or in a frame. */
  record ElementScope(Locator root) implements Scope {
    @Override
    public Locator locator(String selector) {
      return root.locator(selector);
    }

    @Override
    public Locator byRole(AriaRole role, @Nullable String name, boolean exact) {
      Locator.GetByRoleOptions o = new Locator.GetByRoleOptions();
      if (name != null) {
        o.setName(name).setExact(exact);
      }
      return root.getByRole(role, o);
    }

    @Override
    public Locator byRole(AriaRole role, Pattern name) {
      return root.getByRole(role, new Locator.GetByRoleOptions().setName(name));
    }

    @Override
    public Locator byLabel(String label, boolean exact) {
      return root.getByLabel(label, new Locator.GetByLabelOptions().setExact(exact));
    }

    @Override
    public Locator byText(String text, boolean exact) {
      return root.getByText(text, new Locator.GetByTextOptions().setExact(exact));
    }

    @Override
    public Locator byText(Pattern text) {
      return root.getByText(text);
    }

    @Override
    public Locator byPlaceholder(String placeholder, boolean exact) {
      return root.getByPlaceholder(
          placeholder, new Locator.GetByPlaceholderOptions().setExact(exact));
    }

    @Override
    public Locator byTestId(String testId) {
      return root.getByTestId(testId);
    }

    @Override
    public Scope frame(String selector) {
      throw new UnsupportedOperationException("frames inside an element scope");
    }
  }
}
