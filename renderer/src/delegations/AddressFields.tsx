import { updateEntity } from '../../../shared/document/commands';
import { pickLang, type Language } from '../../../shared/i18n/index';
import { derivedHonorific } from '../../../shared/protocol/address';
import { printsVietnameseName } from '../../../shared/seating/print-check';
import { useDoc, useEditor, useEditorState } from '../app/context';
import { TextField } from '../forms/Field';
import { useI18n } from '../i18n/I18n';
import { referenceStates } from '../reference';
import { addressT } from './addressMessages';

/** Each language's override: the person's field, its test id's ending and its label. */
const HONORIFIC = {
  en: { field: 'honorific', testSuffix: '', label: 'honorificEn' },
  vi: { field: 'honorificVi', testSuffix: 'Vi', label: 'honorificVi' },
} as const;

/**
 * A person's form of address in English and Vietnamese. Empty fields stand for the form the
 * rule derives from rank, title and gender (shared/protocol/address.ts), shown greyed in the
 * field ("H.E. Ms. — derived") and said under it; typing overrides it, clearing returns to it.
 */
export function AddressFields({ personId, testPrefix }: { personId: string; testPrefix: string }) {
  const { lang } = useI18n();
  const t = addressT(lang);
  const person = useDoc((d) => d.people[personId]);
  if (!person) return null;
  const field = (language: Language) => {
    const own = pickLang(language, HONORIFIC);
    const derived = derivedHonorific(person, language);
    const stored = person[own.field].trim();
    const testId = `${testPrefix}-honorific${own.testSuffix}`;
    const hint = stored !== '' ? (derived ? t('overrideHint', { form: derived }) : t('overrideNoDerivedHint')) : derived ? t('derivedHint', { form: derived }) : t('noDerivedHint');
    return (
      <TextField
        collection="people"
        id={personId}
        field={own.field}
        label={t(own.label)}
        testId={testId}
        inputLang={language}
        placeholder={derived ? t('derivedPlaceholder', { form: derived }) : t('noDerivedPlaceholder')}
        hint={() => <span data-testid={`${testId}-hint`} data-derived={stored === '' ? 'yes' : 'no'}>{hint}</span>}
      />
    );
  };
  return (
    <div className="field-row">
      {field('en')}
      {field('vi')}
    </div>
  );
}

/**
 * The delegation's Vietnamese name, for this event. When it is the English name again (a
 * file imported before the reference had the Ministry's form, a name typed in haste), cards and
 * plates with "Vietnamese name too" would print no Vietnamese line: said here, with the
 * reference form one click away.
 */
export function NameViField({ delegationId, label }: { delegationId: string; label: string }) {
  const { lang } = useI18n();
  const t = addressT(lang);
  const editor = useEditor();
  const readOnly = useEditorState((s) => s.readOnly);
  const delegation = useDoc((d) => d.delegations[delegationId]);
  if (!delegation) return null;
  const reference = delegation.iso3 ? referenceStates().find((s) => s.iso3 === delegation.iso3)?.nameVi : undefined;
  const same = !printsVietnameseName(delegation.nameEn, delegation.nameVi);
  const offer = reference !== undefined && printsVietnameseName(delegation.nameEn, reference) ? reference : null;
  return (
    <>
      <TextField
        collection="delegations"
        id={delegationId}
        field="nameVi"
        label={label}
        testId="delegation-nameVi"
        inputLang="vi"
        required
        hint={() => t('nameViHint')}
      />
      {same && (
        <p className="field__error" role="status" data-testid="delegation-nameVi-same">
          {offer ? t('nameViSameAsEn', { reference: offer }) : t('nameViSameNoReference')}{' '}
          {offer && (
            <button
              type="button"
              className="button"
              disabled={readOnly}
              data-testid="delegation-nameVi-use-reference"
              onClick={() => editor.dispatch(updateEntity, { collection: 'delegations', id: delegationId, fields: { nameVi: offer } })}
            >
              {t('useReferenceVi', { reference: offer })}
            </button>
          )}
        </p>
      )}
    </>
  );
}
