import templateCsv from './delegations-template.csv?raw';

/**
 * The downloadable delegations template, inlined at build time (like the reference tables), so
 * the app's "Template" action writes exactly the file documented beside it.
 */
export const delegationsTemplateCsv: string = templateCsv;
