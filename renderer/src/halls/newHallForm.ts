import type { Language } from '../../../shared/i18n/index';
import type { Hall } from '../../../shared/model/entities';
import type { NewHallChoice } from '../../../shared/layout/newHall';
import { hasTemplate, readCount, TEMPLATE_COUNTS, templateMessage, type TemplateCounts } from '../../../shared/layout/templates';
import { editorT } from './editor/messages';
import { editorNumbers } from './editor/numbers';
import { hallNameProblem, parseNumber } from './editor/validate';

/**
 * The New hall dialog's form read into the choice the CLI's `hall` verb takes (pure): names,
 * type, size, and — starting from the template — the counts given (a blank count: as many as the
 * hall holds, 10 at a table, 2 signers). Each field's problem in the UI language otherwise.
 */
export type NewHallForm = {
  nameVi: string;
  nameEn: string;
  kind: Hall['kind'];
  width: string;
  depth: string;
  start: 'empty' | 'template';
} & Record<keyof TemplateCounts, string>;
export type NewHallField = 'nameVi' | 'nameEn' | 'width' | 'depth' | 'template' | keyof TemplateCounts;
export type NewHallRead = { choice: NewHallChoice; counts: TemplateCounts | null } | { errors: Partial<Record<NewHallField, string>> };

export const MAX_HALL_M = 10_000;

/** Whether the form starts from the template: only for a type that has one. */
export const fromTemplate = (form: Pick<NewHallForm, 'kind' | 'start'>) => form.start === 'template' && hasTemplate(form.kind);

export function readNewHall(form: NewHallForm, halls: readonly Hall[], lang: Language): NewHallRead {
  const t = editorT(lang);
  const errors: Partial<Record<NewHallField, string>> = {};
  for (const field of ['nameVi', 'nameEn'] as const) {
    const problem = hallNameProblem(form[field], field, halls, lang);
    if (problem) errors[field] = problem;
  }
  const size = (field: 'width' | 'depth'): number => {
    const m = parseNumber(form[field]);
    if (m === null) errors[field] = t('badNumber');
    else if (m <= 0) errors[field] = t('mustBePositive');
    else if (m > MAX_HALL_M) errors[field] = t('atMost', { max: editorNumbers(lang).number(MAX_HALL_M) });
    return m ?? 0;
  };
  const widthM = size('width');
  const depthM = size('depth');
  let counts: TemplateCounts | null = null;
  if (fromTemplate(form)) {
    counts = {};
    for (const name of TEMPLATE_COUNTS[form.kind as keyof typeof TEMPLATE_COUNTS]) {
      const text = form[name].trim();
      if (text === '') continue;
      const read = readCount(name, text);
      if ('problem' in read) errors[name] = templateMessage(read.problem, lang);
      else counts[name] = read.value;
    }
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { choice: { nameEn: form.nameEn, nameVi: form.nameVi, kind: form.kind, widthM, depthM }, counts };
}
