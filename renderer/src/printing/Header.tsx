import { type Language, pickLang } from '../../../shared/i18n/index';
import type { EventInfo } from '../../../shared/model/entities';
import type { Translator } from '../i18n/format';
import { fitText, type Measure } from './layout';
import type { PrintT } from './messages';
import type { Size } from './paper';
import { ASCENT } from './text';
import { localeOf } from '../../../shared/i18n/number';

export type Stamp = { status: 'draft' | 'final'; revision: number; printedAt: Date };

export const PAGE_MARGIN_MM = 10;

/** Both names of the event, the reader's language first. */
export const eventNames = (event: EventInfo | undefined, lang: Language): [string, string] =>
  !event ? ['', ''] : pickLang(lang, { vi: [event.nameVi, event.nameEn], en: [event.nameEn, event.nameVi] });

/** "DRAFT · revision 2 · printed 25/10/2025 14:05" in the reader's language. */
export function stampText(stamp: Stamp, t: PrintT, i18n: Translator): string {
  const when = `${stamp.printedAt.toLocaleDateString(localeOf(i18n.lang))} ${i18n.time(stamp.printedAt.toISOString())}`;
  return t('stamp', { status: t(stamp.status === 'draft' ? 'stampDraft' : 'stampFinal'), revision: i18n.number(stamp.revision), when });
}

/**
 * The head of a chart or list page: the title (and what it is of) large on the left, the event
 * in both languages and its dates under it, the version stamp boxed on the right (red while a draft).
 * Returns its height with the elements.
 */
export function pageHeader(props: {
  size: Size;
  title: string;
  event: EventInfo | undefined;
  when: string;
  stamp: Stamp;
  t: PrintT;
  i18n: Translator;
  measure: Measure;
}): { height: number; node: React.ReactNode } {
  const { size, title, event, when, stamp, t, i18n, measure } = props;
  const unit = Math.min(Math.max(Math.min(size.widthMm, size.heightMm) * 0.018, 3.2), 14);
  const inner = size.widthMm - 2 * PAGE_MARGIN_MM;
  const stampLine = stampText(stamp, t, i18n);
  const stampFit = fitText(stampLine, inner * 0.4, unit * 0.85, unit * 0.5, 700, measure);
  const stampW = measure(stampLine, 700) * stampFit.size + unit;
  const textW = inner - stampW - unit;
  const [first, second] = eventNames(event, i18n.lang);
  const lines = [
    { text: title, fit: fitText(title, textW, unit * 1.6, unit * 0.8, 700, measure), weight: 700 as const },
    { text: first, fit: fitText(first, textW, unit, unit * 0.6, 400, measure), weight: 400 as const },
    { text: second, fit: fitText(second, textW, unit * 0.8, unit * 0.5, 400, measure), weight: 400 as const },
    { text: when, fit: fitText(when, textW, unit * 0.8, unit * 0.5, 400, measure), weight: 400 as const },
  ].filter((l) => l.text.trim() !== '');
  let y = PAGE_MARGIN_MM;
  const texts = lines.map((l, i) => {
    const node = (
      <text key={i} x={PAGE_MARGIN_MM} y={y + ASCENT * l.fit.size} fontSize={l.fit.size} fontWeight={l.weight} fill={i === 0 ? '#000' : '#333'}>
        {l.text}
      </text>
    );
    y += l.fit.size * 1.3;
    return node;
  });
  const color = stamp.status === 'draft' ? '#b91c1c' : '#14532d';
  const boxH = stampFit.size * 1.8;
  const node = (
    <g className="print-header">
      {texts}
      <rect x={size.widthMm - PAGE_MARGIN_MM - stampW} y={PAGE_MARGIN_MM} width={stampW} height={boxH} fill="none" stroke={color} strokeWidth={0.35} />
      <text x={size.widthMm - PAGE_MARGIN_MM - stampW / 2} y={PAGE_MARGIN_MM + boxH / 2 + stampFit.size * 0.35} fontSize={stampFit.size} fontWeight={700} fill={color} textAnchor="middle" data-stamp="">
        {stampLine}
      </text>
      <line x1={PAGE_MARGIN_MM} y1={y + unit * 0.3} x2={size.widthMm - PAGE_MARGIN_MM} y2={y + unit * 0.3} stroke="#888" strokeWidth={0.25} />
    </g>
  );
  return { height: y + unit * 0.6, node };
}
