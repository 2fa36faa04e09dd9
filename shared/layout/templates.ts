import type { Command } from '../document/history';
import type { IdFactory } from '../ids';
import type { Hall, LayoutElement } from '../model/entities';
import { addElements } from './element-commands';
import { newHall, type NewHallChoice } from './newHall';
import { banquet, MAX_TEMPLATE_SEATS, MAX_TEMPLATE_TABLES, plenary, signing, TemplateRefused, welcome, type TemplateCounts } from './templateLayouts';
import type { TemplateRefusal } from './templateMessages';

export type { TemplateCounts } from './templateLayouts';
export { roundTableDiameter } from './templateLayouts';
export { templateMessage, templateMessages, type TemplateRefusal } from './templateMessages';

/**
 * The built-in hall templates: a new hall of a type with its furniture laid out to scale — a
 * plenary by blocks, a banquet of round tables, a signing room, a welcome area — as the New hall
 * dialog's "Start from: template" and the CLI's `hall --template` make it (the same builder and
 * the same command, so the same rows for the same choices).
 */
export const TEMPLATE_KINDS = ['plenary', 'banquet', 'signing', 'welcome'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
export const hasTemplate = (kind: Hall['kind']): kind is TemplateKind => (TEMPLATE_KINDS as readonly string[]).includes(kind);

/** The counts a template takes, with the range each accepts (left out: as many as the hall holds, 10 a table, 2 signers). */
export const TEMPLATE_COUNTS: Record<TemplateKind, readonly (keyof TemplateCounts)[]> = {
  plenary: ['seats'],
  banquet: ['tables', 'perTable'],
  signing: ['signers', 'seats'],
  welcome: [],
};
export const COUNT_RANGES: Record<keyof TemplateCounts, { min: number; max: number; key: TemplateRefusal['key'] }> = {
  seats: { min: 1, max: MAX_TEMPLATE_SEATS, key: 'template-seats-range' },
  tables: { min: 1, max: MAX_TEMPLATE_TABLES, key: 'template-tables-range' },
  perTable: { min: 4, max: 20, key: 'template-per-table-range' },
  signers: { min: 1, max: 20, key: 'template-signers-range' },
};

/** The first count outside its range, as a refusal; null when every count given is a whole number in range. */
export function countProblem(counts: TemplateCounts): TemplateRefusal | null {
  for (const [name, value] of Object.entries(counts) as [keyof TemplateCounts, number | undefined][]) {
    if (value === undefined) continue;
    const { min, max, key } = COUNT_RANGES[name];
    if (!Number.isInteger(value) || value < min || value > max) return { key, params: { min, max } };
  }
  return null;
}

/** A count as typed (a whole number, spaces around it ignored): its value, or why it is refused. */
export function readCount(name: keyof TemplateCounts, text: string): { value: number } | { problem: TemplateRefusal } {
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  const problem = countProblem({ [name]: value });
  return problem ? { problem } : { value };
}

const LAYOUTS = { plenary, banquet, signing, welcome } as const;

/**
 * The furniture of a template for a hall, ids from `ids` (elements first, in paint order), or
 * why it cannot be: a hall type without a template, a count out of range, a hall too small for
 * the template or for the counts asked (with the most it holds).
 */
export function templateElements(hall: Hall, counts: TemplateCounts, ids: IdFactory): LayoutElement[] | TemplateRefusal {
  if (!hasTemplate(hall.kind)) return { key: 'template-none', params: {} };
  const problem = countProblem(counts);
  if (problem) return problem;
  try {
    return LAYOUTS[hall.kind](hall, counts, ids);
  } catch (error) {
    if (error instanceof TemplateRefused) return error.refusal;
    throw error;
  }
}

export const isTemplateRefusal = (x: unknown): x is TemplateRefusal => typeof x === 'object' && x !== null && !Array.isArray(x) && 'key' in x;

export type FurnishedHall = { hall: Hall; elements: LayoutElement[] };

/** A new hall as newHall makes it, furnished by its type's template; the refusal when it cannot be. */
export function furnishedHall(halls: readonly Pick<Hall, 'sortKey'>[], choice: NewHallChoice, counts: TemplateCounts, hallId: string, ids: IdFactory): FurnishedHall | TemplateRefusal {
  const hall = newHall(halls, choice, hallId);
  const elements = templateElements(hall, counts, ids);
  return isTemplateRefusal(elements) ? elements : { hall, elements };
}

/** Creates a hall with its furniture and their seats: one command, so one undo step and one transaction. */
export const createFurnishedHall: Command<FurnishedHall & { ids: IdFactory }> = {
  id: 'layout/create-furnished-hall',
  run(draft, { hall, elements, ids }) {
    if (draft.halls[hall.id]) throw new Error(`halls/${hall.id} exists already`);
    draft.halls[hall.id] = structuredClone(hall);
    addElements.run(draft, { elements, ids });
  },
};
