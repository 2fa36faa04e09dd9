export { planDelegationImport, exportDelegationsCsv, DELEGATION_COLUMNS } from './delegations';
export type { DelegationImportInput, DelegationColumn } from './delegations';
export { importMessages, rankLabels } from './messages';
export type { ImportMessageKey } from './messages';
export { parseMembers, formatMembers } from './members';
export type { MemberEntry } from './members';
export { deriveFamilyName } from './family-name';
export { neutraliseFormula, unneutraliseFormula } from './csv';
export type { Delimiter } from './csv';
