import type { Migration } from './types';

// Issue 13: the form of address is derived from rank, title and gender unless the officer
// overrides it, and the Vietnamese form (Ngài / Bà / Ông) is overridden on its own. People of
// older files keep their English honorific as typed (now an override) and get no Vietnamese
// override: their Vietnamese form is derived.
export const honorificVi: Migration = {
  version: 2,
  name: 'people-honorific-vi',
  up: `ALTER TABLE people ADD COLUMN honorific_vi TEXT NOT NULL DEFAULT '';`,
};
