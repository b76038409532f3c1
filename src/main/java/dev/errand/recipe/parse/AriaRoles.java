package dev.errand.recipe.parse;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ARIA role names a locator may use ({@code button}, {@code combobox}, …): the roles
 * Playwright's {@code AriaRole} knows, written out so the recipe model does not depend on the
 * browser library (a browser-side test checks that the two lists agree).
 */
public final class AriaRoles {

  static final Set<String> NAMES =
      Collections.unmodifiableSortedSet(
          new TreeSet<>(
              Set.of(
                  "alert",
                  "alertdialog",
                  "application",
                  "article",
                  "banner",
                  "blockquote",
                  "button",
                  "caption",
                  "cell",
                  "checkbox",
                  "code",
                  "columnheader",
                  "combobox",
                  "complementary",
                  "contentinfo",
                  "definition",
                  "deletion",
                  "dialog",
                  "directory",
                  "document",
                  "emphasis",
                  "feed",
                  "figure",
                  "form",
                  "generic",
                  "grid",
                  "gridcell",
                  "group",
                  "heading",
                  "img",
                  "insertion",
                  "link",
                  "list",
                  "listbox",
                  "listitem",
                  "log",
                  "main",
                  "marquee",
                  "math",
                  "meter",
                  "menu",
                  "menubar",
                  "menuitem",
                  "menuitemcheckbox",
                  "menuitemradio",
                  "navigation",
                  "none",
                  "note",
                  "option",
                  "paragraph",
                  "presentation",
                  "progressbar",
                  "radio",
                  "radiogroup",
                  "region",
                  "row",
                  "rowgroup",
                  "rowheader",
                  "scrollbar",
                  "search",
                  "searchbox",
                  "separator",
                  "slider",
                  "spinbutton",
                  "status",
                  "strong",
                  "subscript",
                  "superscript",
                  "switch",
                  "tab",
                  "table",
                  "tablist",
                  "tabpanel",
                  "term",
                  "textbox",
                  "time",
                  "timer",
                  "toolbar",
                  "tooltip",
                  "tree",
                  "treegrid",
                  "treeitem")));

  private AriaRoles() {}

  /** For the browser-side check that this list matches Playwright's. */
  public static Set<String> names() {
    return NAMES;
  }
}
