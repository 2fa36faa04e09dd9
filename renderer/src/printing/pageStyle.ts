import { useEffect } from 'react';
import type { Size } from './paper';

/**
 * The rules that depend on the job: `@page` at the paper's size (what printToPDF and the native
 * dialog take as the paper), and, on screen only, just the current page of the preview. A
 * constructed stylesheet, set through the CSSOM: the CSP allows no <style> element.
 */
let sheet: CSSStyleSheet | null = null;

export function usePageStyle(size: Size | null, currentPage: number): void {
  useEffect(() => {
    if (!size) return;
    sheet ??= new CSSStyleSheet();
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    sheet.replaceSync(
      `@page { size: ${size.widthMm}mm ${size.heightMm}mm; margin: 0; }\n` +
        `@media screen { .print-root .print-page:not([data-page="${currentPage}"]) { display: none; } }`,
    );
  }, [size, currentPage]);
  // Leaving the screen: other screens print nothing special.
  useEffect(
    () => () => {
      if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    },
    [],
  );
}
