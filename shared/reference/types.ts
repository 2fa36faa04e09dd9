import type { z } from 'zod';
import type { OrgCategory } from '../model/entities';

/** One UN member or observer state, from resources/reference/un-states.csv (reviewed table). */
export type StateRef = {
  iso3: string;
  iso2: string;
  m49: string;
  status: 'member-state' | 'observer-state';
  nameEn: string; // UN short name
  nameFr: string;
  nameVi: string; // the Ministry of Foreign Affairs' short form (Bra-xin, Trung Quốc)
  nameViConfidence: 'high' | 'medium' | 'low';
  nameViSource: string | null; // the public page it was checked against; null: not yet checked
  formalEn: string;
  region: string;
  subregion: string;
};

/** One international or regional organization, from resources/reference/organizations.csv. */
export type OrganizationRef = {
  code: string; // UNODC, INTERPOL...
  nameEn: string;
  nameFr: string;
  nameVi: string;
  category: z.infer<typeof OrgCategory>;
  agreementDate: string | null; // specialized agencies: date of their agreement with the UN
  flagCode: string | null; // flag-icons code where one exists: un, eu...
};

export type ReferenceData = {
  states: readonly StateRef[];
  organizations: readonly OrganizationRef[];
};
