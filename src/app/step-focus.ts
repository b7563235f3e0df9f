/**
 * After the user switches steps, focus moves to the new step's main heading (its `h1`), so a
 * keyboard or screen reader user starts reading the step they asked for instead of staying on a
 * button of a screen that is gone. The heading is made focusable by script only (tabIndex -1):
 * it is never a tab stop.
 */
export function focusStepHeading(main: HTMLElement | null): void {
  const heading = main?.querySelector<HTMLElement>('h1');
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
}
