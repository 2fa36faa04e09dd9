import { useId } from 'react';
import { ArrivalSettings, arrivalKey, readArrivalSettings } from '../../../shared/arrival';
import { putSetting } from '../../../shared/document/settings';
import { randomId } from '../../../shared/ids';
import { defineMessages, translate } from '../../../shared/i18n/index';
import type { EventDocument } from '../../../shared/model/collections';
import type { Setting } from '../../../shared/model/entities';
import { useEditor } from '../app/context';
import { useI18n } from '../i18n/I18n';

const messages = defineMessages(
  {
    skippedLabel: 'A time the clocks skip (DST)',
    reject: 'Refuse it, with the reason',
    forward: 'Move forward by the gap',
    repeatedLabel: 'A time that happens twice (DST)',
    earlier: 'The first (before the clocks go back)',
    later: 'The second (after the clocks go back)',
  },
  {
    skippedLabel: 'Giờ bị bỏ qua khi đổi giờ (DST)',
    reject: 'Từ chối, nêu lý do',
    forward: 'Dời lên sau khoảng nhảy giờ',
    repeatedLabel: 'Giờ lặp lại hai lần khi đổi giờ (DST)',
    earlier: 'Lần thứ nhất (trước khi lùi giờ)',
    later: 'Lần thứ hai (sau khi lùi giờ)',
  },
);
type Key = keyof typeof messages.en;

type Choice = { field: 'skippedTime'; values: readonly ['reject', 'forward'] } | { field: 'repeatedTime'; values: readonly ['earlier', 'later'] };
const CHOICES: readonly { label: Key; choice: Choice; testId: string }[] = [
  { label: 'skippedLabel', choice: { field: 'skippedTime', values: ['reject', 'forward'] }, testId: 'setup-skippedTime' },
  { label: 'repeatedLabel', choice: { field: 'repeatedTime', values: ['earlier', 'later'] }, testId: 'setup-repeatedTime' },
];

type Props = { document: EventDocument; sequenceId: string; readOnly: boolean };

/**
 * How the sequence's typed times are read on a day the clocks change (its `arrival.<id>`
 * setting, one undo step per change): a time that does not exist refused with the reason or
 * moved forward by the gap, a time that happens twice the first or the second. Settings that do
 * not parse are not overwritten from here (the conflicts list says what is wrong with them).
 */
export function TimeChoice({ document, sequenceId, readOnly }: Props) {
  const { lang } = useI18n();
  const editor = useEditor();
  const baseId = useId();
  let settings: ArrivalSettings | null;
  try {
    settings = readArrivalSettings(document, sequenceId);
  } catch {
    settings = null;
  }
  const say = (key: Key) => translate(messages, lang, key);
  const store = (field: Choice['field'], value: string) => {
    if (!settings) return;
    const next = ArrivalSettings.parse({ ...settings, [field]: value });
    editor.dispatch(putSetting, { key: arrivalKey(sequenceId), value: JSON.parse(JSON.stringify(next)) as Setting['value'], newId: randomId() });
  };
  return (
    <>
      {CHOICES.map(({ label, choice, testId }) => (
        <div className="field" key={choice.field}>
          <label htmlFor={`${baseId}-${choice.field}`} className="field__label">
            {say(label)}
          </label>
          <select
            id={`${baseId}-${choice.field}`}
            className="field__input"
            data-testid={testId}
            value={settings ? settings[choice.field] : choice.values[0]}
            disabled={readOnly || !settings}
            onChange={(e) => store(choice.field, e.target.value)}
          >
            {choice.values.map((v) => (
              <option key={v} value={v}>
                {say(v)}
              </option>
            ))}
          </select>
        </div>
      ))}
    </>
  );
}
