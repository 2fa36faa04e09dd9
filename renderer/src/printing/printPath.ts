/**
 * The print view's way up to the page: every ancestor of the print root, up to and including
 * <body>, carries `data-print-path` while the root is in the page, so that print.css can show the
 * pages alone under `@media print` with plain attribute selectors (each ancestor gives up its box,
 * its other children are hidden). The same rules written with `:has(.print-root)` made Chromium
 * test every element of the pages (tens of thousands in a 5,000-seat chart) against `:has()` each
 * time the print media applied: about 5 s of style invalidation per PDF of an A1 chart.
 *
 * A ref callback for the print root: marks its ancestors when attached, unmarks them when it
 * leaves (React never moves a node to another parent, so the path holds while it is mounted).
 */
export const PRINT_PATH = 'data-print-path';

export function markPrintPath(root: HTMLElement | null): (() => void) | undefined {
  if (!root) return undefined;
  const marked: HTMLElement[] = [];
  for (let el = root.parentElement; el && el !== root.ownerDocument.documentElement; el = el.parentElement) {
    el.setAttribute(PRINT_PATH, '');
    marked.push(el);
  }
  return () => {
    for (const el of marked) el.removeAttribute(PRINT_PATH);
  };
}
