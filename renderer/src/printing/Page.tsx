import type { ReactNode } from 'react';
import type { Size } from './paper';

/**
 * One printed page: an SVG of the paper's size in millimetres (its user unit is the mm), inside
 * a block the size of the paper that CSS breaks after. The preview shows these very elements.
 * `kind` and `ids` say what the page prints (the print log records them); `subject`, whom it is
 * for (a cue card's greeter or liaison officer).
 */
export function Page({ size, index, kind, ids, subject, children }: { size: Size; index: number; kind: string; ids: readonly string[]; subject?: string; children: ReactNode }) {
  return (
    <section className="print-page" data-page={index + 1} data-kind={kind} data-ids={ids.join(' ')} data-subject={subject} style={{ width: `${size.widthMm}mm`, height: `${size.heightMm}mm` }}>
      <svg xmlns="http://www.w3.org/2000/svg" width={`${size.widthMm}mm`} height={`${size.heightMm}mm`} viewBox={`0 0 ${size.widthMm} ${size.heightMm}`}>
        {children}
      </svg>
    </section>
  );
}
