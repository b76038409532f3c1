/**
 * When {@code errand watch} looks at a page: the schedule of its checks ({@code --every} within
 * {@code --between}, or {@code --daily}), parsed once from the command line and computed on a given
 * clock reading, so that it is tested without waiting. Knows nothing about browsers.
 */
@NullMarked
package dev.errand.watch;

import org.jspecify.annotations.NullMarked;
