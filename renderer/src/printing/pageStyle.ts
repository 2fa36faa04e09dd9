import { useEffect } from 'react';
import type { Size } from './paper';

/**
 * The rules that depend on the job: `@page` at the paper's size (what printToPDF and the native
 * dialog take as the paper), and, on screen only, just the current page of the preview. A
 * constructed stylesheet, set through the CSSOM: the CSP allows no <style> element.
 */
let sheet: CSSStyleSheet | null = null;

export function usePageStyle(size: Size | null, currentPage: number): void {
  const widthMm = size?.widthMm ?? null;
  const heightMm = size?.heightMm ?? null;
  // On the paper's numbers, not the Size object (a new one each render): replacing the sheet
  // makes Chromium invalidate style over every page, so only a real change of paper or page does.
  useEffect(() => {
    if (widthMm === null || heightMm === null) return;
    sheet ??= new CSSStyleSheet();
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    sheet.replaceSync(
      `@page { size: ${widthMm}mm ${heightMm}mm; margin: 0; }\n` +
        `@media screen { .print-root .print-page:not([data-page="${currentPage}"]) { display: none; } }`,
    );
  }, [widthMm, heightMm, currentPage]);
  // Leaving the screen: other screens print nothing special.
  useEffect(
    () => () => {
      if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    },
    [],
  );
}
