import { useState } from 'react';
import type { Translator } from '../i18n/format';
import type { Job } from './jobs';
import type { PrintT } from './messages';
import { PX_PER_MM, type Size } from './paper';
import { markPrintPath } from './printPath';

const ZOOMS = [0.25, 0.35, 0.5, 0.7, 1, 1.5, 2];

/**
 * The preview pane: the pages prepared so far (and the one shown), page by page, zoomable. Its
 * zoom is the pane's own; what is printed does not depend on it.
 */
export function PrintPreview({ job, pages, current, setPage, prepared, kind, size, t, i18n }: {
  job: Job | null;
  pages: number;
  current: number;
  setPage(page: number): void;
  prepared: number;
  kind: string;
  size: Size;
  t: PrintT;
  i18n: Translator;
}) {
  const [zoom, setZoom] = useState(0.5);
  return (
    <section className="print__preview" aria-label={t('zoom')}>
      <div className="print__nav">
        <button type="button" className="button button--small" data-testid="print-prev" aria-label={t('previous')} disabled={current <= 1} onClick={() => setPage(current - 1)}>
          ‹
        </button>
        <span data-testid="print-page-number" data-page={current} data-pages={pages}>
          {pages === 0 ? '—' : t('pageOf', { page: i18n.number(current), pages: i18n.number(pages) })}
        </span>
        <button type="button" className="button button--small" data-testid="print-next" aria-label={t('next')} disabled={current >= pages} onClick={() => setPage(current + 1)}>
          ›
        </button>
        <span className="print__spacer" />
        <button type="button" className="button button--small" data-testid="print-zoom-out" aria-label={t('zoomOut')} onClick={() => setZoom(ZOOMS.filter((z) => z < zoom).at(-1) ?? zoom)}>
          −
        </button>
        <span data-testid="print-zoom" data-zoom={zoom}>
          {i18n.number(zoom * 100)} %
        </span>
        <button type="button" className="button button--small" data-testid="print-zoom-in" aria-label={t('zoomIn')} onClick={() => setZoom(ZOOMS.find((z) => z > zoom) ?? zoom)}>
          +
        </button>
        <FitButton size={size} label={t('fitPage')} onFit={setZoom} />
      </div>
      <div className="print__viewport" id="print-viewport">
        {!job ? (
          <p className="muted">{t('preparing')}</p>
        ) : job.empty ? (
          <p className="muted" data-testid="print-empty">
            {t(job.empty, job.emptyParams)}
          </p>
        ) : (
          // Scaled with a transform in a box of the scaled size, not with CSS zoom: a zoom is part
          // of every length's computed value, so Chromium laid out and shaped every text of the
          // pages again each time it changed — and printing sets it back to 1 and then restores
          // it, two layouts of a 5,000-seat chart per PDF. A transform changes how the laid-out
          // pages are painted, nothing else. The screen shows one page (pageStyle.ts).
          <div className="print__zoom" style={{ width: size.widthMm * PX_PER_MM * zoom, height: size.heightMm * PX_PER_MM * zoom }}>
            <div ref={markPrintPath} className="print-root" style={{ transform: `scale(${zoom})` }} data-testid="print-root" data-pages={pages} data-prepared={prepared} data-kind={kind} data-size={`${size.widthMm}x${size.heightMm}`}>
              {job.pages.filter((_, i) => i < prepared || i === current - 1)}
            </div>
          </div>
        )}
      </div>
    </section>
  );
}

/** Zoom so that the whole page fits the preview pane. */
function FitButton({ size, label, onFit }: { size: Size; label: string; onFit: (zoom: number) => void }) {
  return (
    <button
      type="button"
      className="button button--small"
      data-testid="print-fit"
      onClick={() => {
        const pane = window.document.getElementById('print-viewport');
        if (!pane) return;
        const zoom = Math.min((pane.clientWidth - 48) / (size.widthMm * PX_PER_MM), (pane.clientHeight - 48) / (size.heightMm * PX_PER_MM));
        onFit(Math.max(0.05, Math.round(zoom * 100) / 100));
      }}
    >
      {label}
    </button>
  );
}
