import type { ImportIssue, ImportResult } from '../../../../shared/ipc/contract';
import type { useI18n } from '../../i18n/I18n';
import type { fileText } from './messages';

type Props = {
  result: ImportResult;
  file: string;
  format: 'csv' | 'xlsx';
  t: ReturnType<typeof fileText>;
  i18n: ReturnType<typeof useI18n>;
};

/**
 * A refused file's errors: the first ones by row (main keeps at most 1,000), then how many more
 * there are. Each names the row as a spreadsheet shows it; in a CSV file where a quoted line
 * break makes the text line differ, the line too ("9 (line 10)").
 */
export function ImportErrors({ result, file, t, i18n }: Props) {
  const { errors, errorCount } = result;
  const more = errorCount - errors.length;
  const where = (e: ImportIssue) => (e.row === undefined ? String(e.line) : t('rowAndLine', { row: e.row, line: e.line }));
  return (
    <section data-testid="import-errors">
      <p className="import-dialog__problem" role="alert" data-testid="import-errors-title">
        {t(errorCount === 1 ? 'errorTitle' : 'errorsTitle', { count: i18n.number(errorCount), file })}
        {more > 0 && ` ${t('errorsFirst', { shown: i18n.number(errors.length) })}`}
      </p>
      <div className="import-dialog__scroll">
        <table className="table import-errors">
          <thead>
            <tr>
              <th scope="col" className="import-errors__line">
                {t('colRow')}
              </th>
              <th scope="col" className="import-errors__column">
                {t('colColumn')}
              </th>
              <th scope="col">{t('colReason')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e, i) => (
              <tr key={i} data-testid="import-error">
                <td className="import-errors__line" data-testid="import-error-line">
                  {where(e)}
                </td>
                <td className="import-errors__column" data-testid="import-error-column">
                  {e.column === '' ? t('wholeFile') : <code>{e.column}</code>}
                </td>
                <td data-testid="import-error-reason">{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {more > 0 && (
          <p className="muted import-errors__more" data-testid="import-errors-more">
            {t('errorsMore', { count: i18n.number(more) })}
          </p>
        )}
      </div>
    </section>
  );
}
