import { useEffect, useState } from 'react';
import { honorificOf } from '../../../shared/protocol/address';
import type { EventDocument } from '../../../shared/model/collections';
import { useEditor } from '../app/context';
import { loadPrintFont } from './measure';
import type { PrintT } from './messages';

/** The texts of the flag order's pages, so the font has their characters before measuring. */
const FLAG_TEXT = ['flagOrderTitle', 'allDelegations', 'flagNoteAudience', 'flagNotePair', 'flagNoteSeveral', 'flagNoteAlternate', 'flagNoteOrganizations', 'flagSideHost', 'flagSideLeft', 'flagSideRight'] as const;

/** The whole document, re-read on every change (the print views read all of it). */
export function useDocument(): EventDocument {
  const editor = useEditor();
  const [doc, setDoc] = useState(() => editor.getSnapshot().document);
  useEffect(() => editor.subscribe(() => setDoc(editor.getSnapshot().document)), [editor]);
  return doc;
}

/** Every character the pages may print, so the font's files for them are loaded before measuring. */
function printedText(document: EventDocument): string {
  const chars = new Set<string>();
  const add = (s: string) => {
    for (const ch of s) chars.add(ch);
  };
  for (const p of Object.values(document.people)) add(honorificOf(p, 'en') + honorificOf(p, 'vi') + p.name + p.titleEn + p.titleVi);
  for (const d of Object.values(document.delegations)) add(d.nameEn + d.nameVi + (d.iso3 ?? '') + (d.orgCode ?? ''));
  for (const h of Object.values(document.halls)) add(h.nameEn + h.nameVi);
  for (const e of Object.values(document.events)) add(e.nameEn + e.nameVi);
  for (const e of Object.values(document.elements)) add(e.labelEn + e.labelVi);
  return [...chars].sort().join('');
}

/** The pages' texts with the screen's own printed words (titles, notes of the chart and the flag order). */
export const pagesText = (document: EventDocument, t: PrintT): string =>
  printedText(document) + t('chartTitle') + t('indexTitle') + t('front') + t('codesOmitted') + t('labelsOmitted') + t('marksKeyApart') + t('chartKeyTitle') + FLAG_TEXT.map((k) => t(k)).join('');

/** True once the print font has every character of `text` (measuring before would measure a fallback font). */
export function useFontReady(text: string): boolean {
  const [fontFor, setFontFor] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void loadPrintFont([text]).then(() => live && setFontFor(text));
    return () => {
      live = false;
    };
  }, [text]);
  return fontFor === text;
}
