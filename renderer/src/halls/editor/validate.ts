import { Hall, LayoutElement } from '../../../../shared/model/entities';
import { ELEMENT_PROPS, isSeatedKind } from '../../../../shared/layout/props';
import { blockSize } from '../../../../shared/layout/block-seats';
import { seatSpecs } from '../../../../shared/layout/seats';
import { translate, type Language } from '../../../../shared/i18n/index';
import { elementProblems, layoutMessages } from './layout';
import { editorT } from './messages';
import { editorNumbers } from './numbers';

/**
 * The inspector's checks (pure, unit-tested): a typed value to a number, and a candidate
 * element or hall to the first problem in the user's language, or null when it can be applied.
 * A refused value never reaches the document.
 */

/** Parses a number as typed in either language ("2.5", "2,5", " -3 "); null if it is not one. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

type Issue = { code: string; path: PropertyKey[]; minimum?: unknown; maximum?: unknown; inclusive?: boolean; message: string };

function describeIssue(issue: Issue, lang: Language): string {
  const t = editorT(lang);
  const shown = (v: unknown) => (typeof v === 'number' ? editorNumbers(lang).number(v) : String(v));
  if (issue.code === 'too_small') {
    if (issue.minimum === 0 && issue.inclusive === false) return t('mustBePositive');
    return t('atLeast', { min: shown(issue.minimum) });
  }
  if (issue.code === 'too_big') return t('atMost', { max: shown(issue.maximum) });
  if (issue.code === 'invalid_type' && /int/.test(issue.message)) return t('badInteger');
  if (issue.code === 'invalid_format' || issue.code === 'invalid_value') return t('refused', { detail: issue.message });
  if (/int/i.test(issue.message)) return t('badInteger');
  return t('refused', { detail: issue.message });
}

/** With the new props of a row or desk block, the element takes the size its seats need. */
export function withBlockSize(candidate: LayoutElement): LayoutElement {
  if (candidate.kind !== 'row-block' && candidate.kind !== 'desk-block') return candidate;
  try {
    return { ...candidate, ...blockSize(candidate.kind, candidate.props) };
  } catch {
    return candidate;
  }
}

export function elementProblem(candidate: LayoutElement, lang: Language): string | null {
  const parsed = LayoutElement.safeParse(candidate);
  if (!parsed.success) return describeIssue(parsed.error.issues[0] as Issue, lang);
  if (isSeatedKind(candidate.kind)) {
    const props = ELEMENT_PROPS[candidate.kind].safeParse(candidate.props);
    if (!props.success) return describeIssue(props.error.issues[0] as Issue, lang);
  }
  const problems = elementProblems(candidate);
  if (problems.length > 0) {
    const p = problems[0]!;
    const messages = layoutMessages as unknown as { en: Record<string, string>; vi: Record<string, string> };
    // Sizes and counts in the message are written in the UI language ("2,5 m" in Vietnamese).
    const params = Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, typeof v === 'number' ? editorNumbers(lang).number(v) : v]));
    return p.key in messages.en ? translate(messages, lang, p.key, params) : editorT(lang)('refused', { detail: p.key });
  }
  try {
    seatSpecs(candidate);
  } catch (error) {
    return editorT(lang)('notFit', { detail: error instanceof Error ? error.message : String(error) });
  }
  return null;
}

export function hallProblem(candidate: Hall, lang: Language): string | null {
  const parsed = Hall.safeParse(candidate);
  return parsed.success ? null : describeIssue(parsed.error.issues[0] as Issue, lang);
}

/**
 * A hall's name in one language, as typed: the problem in the UI language (blank, another hall
 * already so called — `seat --hall NAME` and the charts must not be ambiguous — or not a name),
 * or null when it can be written.
 */
export function hallNameProblem(
  name: string,
  field: 'nameEn' | 'nameVi',
  others: readonly Pick<Hall, 'nameEn' | 'nameVi'>[],
  lang: Language,
): string | null {
  const t = editorT(lang);
  const typed = name.trim();
  if (typed === '') return t(field === 'nameEn' ? 'hallNameMissingEn' : 'hallNameMissingVi');
  const folded = typed.toLocaleLowerCase();
  if (others.some((h) => h.nameEn.trim().toLocaleLowerCase() === folded || h.nameVi.trim().toLocaleLowerCase() === folded)) return t('hallNameTaken', { name: typed });
  const parsed = Hall.shape.nameEn.safeParse(typed);
  return parsed.success ? null : describeIssue(parsed.error.issues[0] as Issue, lang);
}
