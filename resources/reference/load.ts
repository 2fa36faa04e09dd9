import statesCsv from './un-states.csv?raw';
import organizationsCsv from './organizations.csv?raw';
import { parseOrganizationsCsv, parseStatesCsv } from '../../shared/reference/parse';
import type { ReferenceData } from '../../shared/reference/types';

/**
 * The bundled, reviewed reference tables (see README.md beside this file). The CSV texts are
 * inlined at build time, so the app never reads them from disk; a malformed table fails here,
 * at start-up, with the file, line and column, rather than printing a wrong name later.
 */
export const referenceData: ReferenceData = Object.freeze({
  states: Object.freeze(parseStatesCsv(statesCsv)),
  organizations: Object.freeze(parseOrganizationsCsv(organizationsCsv)),
});
