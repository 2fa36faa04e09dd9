import statesCsv from '../../resources/reference/un-states.csv?raw';
import organizationsCsv from '../../resources/reference/organizations.csv?raw';
import { parseOrganizationsCsv, parseStatesCsv } from '../../shared/reference/parse';
import type { OrganizationRef, StateRef } from '../../shared/reference/types';

let states: readonly StateRef[] | null = null;
let organizations: readonly OrganizationRef[] | null = null;

/** The reviewed table of UN member and observer states (resources/reference), parsed on first use. */
export function referenceStates(): readonly StateRef[] {
  states ??= Object.freeze(parseStatesCsv(statesCsv));
  return states;
}

/** The reviewed table of international organizations (resources/reference), parsed on first use. */
export function referenceOrganizations(): readonly OrganizationRef[] {
  organizations ??= Object.freeze(parseOrganizationsCsv(organizationsCsv));
  return organizations;
}
