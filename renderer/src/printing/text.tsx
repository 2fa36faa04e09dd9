import type { FittedText } from './layout';

/** Where a line's baseline sits below its top, and how tall a line is, as parts of the size (Noto Sans, room for Vietnamese stacked marks). */
export const ASCENT = 0.98;
export const LINE = 1.3;

/** A fitted text block centred on `cx`, its first line's top at `top`: one <text> per line (text stays text in the PDF). */
export function Lines({ fit, cx, top, weight, fill = '#111' }: { fit: FittedText; cx: number; top: number; weight: 400 | 700; fill?: string }) {
  return (
    <>
      {fit.lines.map((line, i) => (
        <text key={i} x={cx} y={top + ASCENT * fit.size + i * LINE * fit.size} fontSize={fit.size} fontWeight={weight} textAnchor="middle" fill={fill}>
          {line}
        </text>
      ))}
    </>
  );
}

/** The height a fitted block takes. */
export const blockHeight = (fit: FittedText) => fit.lines.length * LINE * fit.size;
