import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../renderer/src/i18n/format';
import { runOfShow } from '../../shared/print/arrivals';
import { guestIndex } from '../../shared/print/lists';
import { wrapText, type Measure } from '../../renderer/src/printing/layout';
import { indexLetter, indexPages, runOfShowPages } from '../../renderer/src/printing/Lists';
import { printT } from '../../renderer/src/printing/messages';
import { pageSize, PAPERS } from '../../renderer/src/printing/paper';
import { seededIds } from '../../shared/ids';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';
import { buildLargestEvent } from '../fixtures/largest';

/**
 * Issue 13, item 9: long names on printed lists wrap at a readable size instead of shrinking to
 * tiny type; the run-of-show names each head of delegation; the guest index of 3,000 people
 * is read by letter (a heading per letter, each letter on its own pages).
 */
const half: Measure = (text, weight) => text.length * (weight === 700 ? 0.55 : 0.5);
const options = { stamp: { status: 'draft' as const, revision: 1, printedAt: new Date('2025-10-25T08:00:00Z') }, t: printT('en'), i18n: translatorFor('en'), measure: half };
const A4 = pageSize(PAPERS.A4, false);

type Props = Record<string, unknown>;
/** Every <text> under `node`: its string and font size. */
function texts(node: unknown): { text: string; size: number; y: number; props: Props }[] {
  const found: { text: string; size: number; y: number; props: Props }[] = [];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(visit);
    else if (n && typeof n === 'object' && 'props' in n) {
      const el = n as ReactElement<Props>;
      if (el.type === 'text') found.push({ text: [el.props.children].flat().join(''), size: Number(el.props.fontSize), y: Number(el.props.y), props: el.props });
      else visit(el.props.children);
    }
  };
  visit(node);
  return found;
}
const pageProps = (page: unknown) => (page as ReactElement<Props>).props;

describe('text that wraps rather than shrinks', () => {
  const UK = 'United Kingdom of Great Britain and Northern Ireland';
  it('sets a short text on one line at the full size', () => {
    expect(wrapText('Viet Nam', 40, 3.3, 2.64, 700, half)).toEqual({ size: 3.3, lines: ['Viet Nam'] });
  });
  it('wraps a long name onto lines at a readable size, each within the width, no word lost', () => {
    const fit = wrapText(UK, 47, 3.3, 2.64, 700, half);
    expect(fit.size).toBeGreaterThanOrEqual(2.64);
    expect(fit.lines.length).toBeGreaterThan(1);
    expect(fit.lines.length).toBeLessThanOrEqual(3);
    for (const line of fit.lines) expect(half(line, 700) * fit.size).toBeLessThanOrEqual(47);
    expect(fit.lines.join(' ')).toBe(UK);
  });
  it('sets a word longer than the width at the size that fits it, never cut', () => {
    const fit = wrapText('Abcdefghijklmnopqrstuvwxyz', 10, 3.3, 2.64, 400, half);
    expect(fit.lines).toEqual(['Abcdefghijklmnopqrstuvwxyz']);
    expect(half(fit.lines[0]!, 400) * fit.size).toBeCloseTo(10, 6);
  });
});

describe('the run-of-show', () => {
  const doc = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
  const sequence = Object.values(doc.sequences)[0]!;
  // The longest UN short name, for a delegation of the welcome.
  const first = Object.values(doc.slots).find((s) => s.sequenceId === sequence.id)!;
  doc.delegations[first.delegationId]!.nameEn = 'United Kingdom of Great Britain and Northern Ireland';
  const rows = runOfShow(doc, sequence.id);
  const pages = runOfShowPages(doc, sequence, rows, A4, options);
  const all = pages.flatMap((p) => texts(p));
  it('prints a long delegation name wrapped at a readable size (no text under 2.6 mm, about 7.5 pt)', () => {
    const long = rows.map((r) => r.delegation[0]).sort((a, b) => b.length - a.length)[0]!;
    expect(long.length).toBeGreaterThan(40);
    const body = all.filter((x) => x.y > 40 && !x.props['data-groups']);
    expect(Math.min(...body.map((x) => x.size))).toBeGreaterThanOrEqual(2.2); // the other language under, 2.6 mm at most shrunk to 2.2
    const mains = body.filter((x) => x.props.fontWeight === 700);
    expect(Math.min(...mains.map((x) => x.size))).toBeGreaterThanOrEqual(3.3 * 0.8 - 1e-9);
    expect(all.map((x) => x.text).join(' ').replace(/\s+/g, ' ')).toContain(long);
  });
  it('names the head of each delegation', () => {
    const heads = [...new Set(rows.map((r) => r.head))].filter((h) => h !== '');
    expect(heads.length).toBeGreaterThan(5);
    const printed = all.map((x) => x.text).join(' ');
    for (const head of heads) expect(printed).toContain(head.split(' ').at(-1));
    expect(printed).toContain('Head of delegation');
  });
});

describe('the guest index of the largest event (3,000 people)', () => {
  const { document } = buildLargestEvent();
  const collator = new Intl.Collator('en');
  const rows = guestIndex(document, 'en', 'not seated', collator);
  const pages = indexPages(document, rows, A4, options);
  it('starts each letter on a new page under its heading, every row readable', () => {
    expect(new Set(rows.map((r) => r.personId)).size).toBe(3000);
    const letters: string[] = [];
    let previous = '';
    for (const page of pages) {
      const items = texts(page);
      const groups = String(items.find((x) => x.props['data-groups'])?.props['data-groups'] ?? '').split(' ');
      // A page holds one letter (a letter may run over several pages).
      expect(groups).toHaveLength(1);
      if (groups[0] !== previous) letters.push(groups[0]!);
      previous = groups[0]!;
      const sizes = items.filter((x) => x.y > 30 && x.y < A4.heightMm - 12).map((x) => x.size);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3.3 * 0.8 - 1e-9);
    }
    expect(letters).toEqual([...new Set(letters)]); // each letter once, in order
    expect(letters.length).toBeGreaterThan(15);
    // Every row is on a page, once.
    const onPages = pages.flatMap((p) => pageProps(p).ids as string[]);
    expect(new Set(onPages).size).toBe(3000);
  });
  it('a letter heading opens each letter; Đ is its own letter, accents set aside otherwise', () => {
    expect(indexLetter('Đặng')).toBe('Đ');
    expect(indexLetter('Ánh')).toBe('A');
    expect(indexLetter('  ölz')).toBe('O');
    expect(indexLetter('1st')).toBe('#');
    expect(indexLetter('Đặng', new Intl.Collator('en'))).toBe('D');
    expect(indexLetter('Đặng', new Intl.Collator('vi'))).toBe('Đ');
  });
});
