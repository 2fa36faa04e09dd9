/** The hall editor's palette of elements and its right-click menu. */
import { useEffect, useRef } from 'react';
import type { ElementKind } from '../../../../shared/model/entities';
import { isMac } from '../../app/commands';
import { useEditor } from '../../app/context';
import { hasClipboard } from './actions';
import { PALETTE } from './factory';
import { type EditorAction } from './keys';
import { renumberTables } from './layout';
import { kindLabel, type EditorT } from './messages';
import { setEditorSession, useEditorSession } from './session';

export function Palette({ t, lang, disabled, active }: { t: EditorT; lang: 'vi' | 'en'; disabled: boolean; active: ElementKind | null }) {
  return (
    <nav className="palette" aria-label={t('palette')} data-testid="hall-palette">
      <h3 className="palette__title">{t('palette')}</h3>
      <p className="palette__hint muted">{t('paletteHint')}</p>
      <ul className="palette__list">
        {PALETTE.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className={`palette__item${active === kind ? ' is-active' : ''}`}
              data-testid={`palette-${kind}`}
              aria-pressed={active === kind}
              disabled={disabled}
              draggable={!disabled}
              onDragStart={(e) => {
                e.dataTransfer.setData('application/x-preseance-element', kind);
                e.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => setEditorSession({ tool: active === kind ? { kind: 'select' } : { kind: 'place', element: kind } })}
            >
              <span className={`palette__icon palette__icon--${kind}`} aria-hidden="true" />
              {kindLabel(lang, kind)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ContextMenu({ at, t, onClose, act, readOnly, hallId }: { at: { x: number; y: number }; t: EditorT; onClose(): void; act(a: EditorAction): boolean; readOnly: boolean; hallId: string }) {
  const editor = useEditor();
  const selection = useEditorSession((s) => s.selection);
  const ref = useRef<HTMLDivElement | null>(null);
  const doc = editor.getDocument();
  const allLocked = selection.length > 0 && selection.every((id) => doc.elements[id]?.locked);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
    const close = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('mousedown', close, true);
    return () => window.removeEventListener('mousedown', close, true);
  }, [onClose]);
  const mod = isMac() ? '⌘' : 'Ctrl+';
  const none = selection.length === 0;
  const items: { key: string; label: string; shortcut?: string; disabled?: boolean; run(): void }[] = [
    { key: 'duplicate', label: t('duplicate'), shortcut: `${mod}D`, disabled: none || readOnly, run: () => act({ kind: 'duplicate' }) },
    { key: 'copy', label: t('copy'), shortcut: `${mod}C`, disabled: none, run: () => act({ kind: 'copy' }) },
    { key: 'cut', label: t('cut'), shortcut: `${mod}X`, disabled: none || readOnly, run: () => act({ kind: 'cut' }) },
    { key: 'paste', label: t('paste'), shortcut: `${mod}V`, disabled: !hasClipboard() || readOnly, run: () => act({ kind: 'paste' }) },
    { key: 'rotate90', label: t('rotate90'), disabled: none || readOnly, run: () => act({ kind: 'rotate', degrees: 90 }) },
    { key: 'front', label: t('bringFront'), shortcut: `${mod}]`, disabled: none || readOnly, run: () => act({ kind: 'front' }) },
    { key: 'back', label: t('sendBack'), shortcut: `${mod}[`, disabled: none || readOnly, run: () => act({ kind: 'back' }) },
    { key: 'lock', label: allLocked ? t('unlock') : t('lock'), shortcut: `${mod}L`, disabled: none || readOnly, run: () => act({ kind: 'lock' }) },
    { key: 'group', label: t('group'), shortcut: `${mod}G`, disabled: selection.length < 2 || readOnly, run: () => act({ kind: 'group' }) },
    { key: 'ungroup', label: t('ungroup'), shortcut: `⇧${mod}G`, disabled: none || readOnly, run: () => act({ kind: 'ungroup' }) },
    { key: 'delete', label: t('delete'), shortcut: 'Del', disabled: none || readOnly, run: () => act({ kind: 'delete' }) },
    { key: 'zoomSelection', label: t('zoomSelection'), shortcut: '⇧F', disabled: none, run: () => act({ kind: 'zoomSelection' }) },
    { key: 'selectAll', label: t('selectAll'), shortcut: `${mod}A`, run: () => act({ kind: 'selectAll' }) },
    { key: 'renumber', label: t('renumber'), disabled: readOnly, run: () => editor.dispatch(renumberTables, { hallId }) },
  ];
  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={t('contextMenu')}
      data-testid="hall-context-menu"
      style={{ left: at.x, top: at.y }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="menuitem"
          className="context-menu__item"
          data-testid={`menu-${item.key}`}
          disabled={item.disabled}
          onClick={() => {
            onClose();
            item.run();
          }}
        >
          <span>{item.label}</span>
          {item.shortcut && <kbd>{item.shortcut}</kbd>}
        </button>
      ))}
    </div>
  );
}

// --- inspector -----------------------------------------------------------------------------
