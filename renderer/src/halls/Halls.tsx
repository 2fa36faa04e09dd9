import { bySortKey } from '../../../shared/compare';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { HallEditor } from './editor/HallEditor';
import { editorT } from './editor/messages';
import { useDoc, useEditorState } from '../app/context';
import { updateSession, useSession } from '../app/session';
import { useI18n } from '../i18n/I18n';
import { NewHallDialog } from './NewHall';
import { pickLang } from '../../../shared/i18n/index';
import { seatsPerElement } from '../../../shared/layout/seats-per-element';

export function Halls() {
  const i18n = useI18n();
  const { t } = i18n;
  const halls = useDoc((d) => d.halls);
  // The list's counts follow a moment later (a deferred render): counting every seat again in the
  // frame that drops a dragged table, or moves anything, would cost that frame. The seats are
  // counted from their lists by element (seatsPerElement), which the hall canvas has made already.
  const elements = useDeferredValue(useDoc((d) => d.elements));
  const seats = useDeferredValue(useDoc((d) => d.seats));
  const selectedId = useSession((s) => s.selectedHallId);
  const readOnly = useEditorState((s) => s.readOnly);
  const et = editorT(i18n.lang);
  const [creating, setCreating] = useState(false);
  const list = useMemo(
    () => Object.values(halls).sort(bySortKey),
    [halls],
  );
  const counts = useMemo(() => {
    const map = new Map<string, { elements: number; seats: number }>();
    const get = (id: string) => map.get(id) ?? map.set(id, { elements: 0, seats: 0 }).get(id)!;
    const perElement = seatsPerElement(seats);
    for (const e of Object.values(elements)) {
      const count = get(e.hallId);
      count.elements++;
      count.seats += perElement.get(e.id)?.length ?? 0;
    }
    return map;
  }, [elements, seats]);

  const current = selectedId !== null && halls[selectedId] ? selectedId : (list[0]?.id ?? null);
  useEffect(() => {
    if (current !== selectedId) updateSession({ selectedHallId: current });
  }, [current, selectedId]);

  return (
    <div className="screen screen--halls" data-testid="screen-halls">
      <div className="halls">
        <div className="halls__list">
          <header className="screen__header">
            <h1 className="screen__title">{t('hallsTitle')}</h1>
            <button
              type="button"
              className="button button--small"
              data-testid="hall-new"
              disabled={readOnly}
              onClick={() => setCreating(true)}
            >
              {et('newHall')}
            </button>
          </header>
          {list.length === 0 ? (
            <p className="empty" data-testid="halls-empty">
              {t('noHalls')}
            </p>
          ) : (
            <div className="table-scroll">
              <table className="table halls-table" data-testid="halls-table">
                <thead>
                  <tr>
                    <th scope="col">
                      {t('colHall')}
                      <span className="halls-table__sub">{t('colKind')}</span>
                    </th>
                    <th scope="col" className="num">{t('colSize')}</th>
                    <th scope="col" className="num">{t('colElements')}</th>
                    <th scope="col" className="num">{t('colSeats')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((h) => {
                    const c = counts.get(h.id);
                    const selected = h.id === current;
                    return (
                      <tr
                        key={h.id}
                        className={selected ? 'is-selected' : undefined}
                        aria-selected={selected}
                        data-testid={`hall-row-${h.id}`}
                        onClick={() => updateSession({ selectedHallId: h.id })}
                      >
                        <td>
                          <button type="button" className="row-select" aria-pressed={selected}>
                            {pickLang(i18n.lang, { vi: h.nameVi, en: h.nameEn })}
                          </button>
                          <span className="halls-table__sub" data-testid={`hall-kind-${h.id}`}>{i18n.hallKind(h.kind)}</span>
                        </td>
                        <td className="num">
                          {t('sizeMetres', { width: i18n.number(h.widthM, 2), depth: i18n.number(h.depthM, 2) })}
                        </td>
                        <td className="num">{i18n.number(c?.elements ?? 0)}</td>
                        <td className="num">{i18n.number(c?.seats ?? 0)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </div>
        <div className="halls__preview">
          {current ? <HallEditor key={current} hallId={current} /> : list.length > 0 && <p className="empty">{t('selectHall')}</p>}
        </div>
      </div>
      {creating && <NewHallDialog halls={list} onClose={() => setCreating(false)} />}
    </div>
  );
}
