/**
 * Issue 6: the run-of-show and the cue cards printed in Vietnamese. The sample's official
 * welcome, with a liaison officer whose (synthetic) name has ế and ơ, exported as PDFs from the
 * Printing screen in Vietnamese: the text of each PDF (pdftotext) has the Vietnamese headings,
 * column titles, step and venue point names, the greeter's title and the officer's name with
 * every diacritic as written (ư, ơ, ế, ộ…); the first pages are rasterised to
 * test-results/e2e/print-vi-*.png to look at.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventFile } from '../../electron/store/eventFile';
import { seededIds } from '../../shared/ids';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';
import { tempFolder } from './fixtures';
import { detectRuntime } from './harness';
import { exportPdf, launchOnPrinting, pdfInfo, pdfText, rasterise } from './print-pdf';
import { attributeOf } from './poll';

const { runtime } = detectRuntime();
const work = tempFolder('print-vi');

const OFFICER = 'Lê Thế Sơn';

describe(`the arrival sequence on paper in Vietnamese (${runtime})`, () => {
  it('prints the run-of-show and the cue cards with Vietnamese headings and every diacritic as written', async () => {
    const doc = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
    const sequence = Object.values(doc.sequences)[0]!;
    const first = Object.values(doc.slots).filter((s) => s.sequenceId === sequence.id).sort((a, b) => a.order - b.order)[0]!;
    doc.slots[first.id] = { ...first, liaisonOfficer: OFFICER };
    const greeter = Object.values(doc.greeters).find((g) => g.sequenceId === sequence.id)!;
    const file = join(work, 'welcome.preseance');
    EventFile.create(file, doc).close();

    const app = await launchOnPrinting({ file, language: 'vi' });
    const { page } = app;

    const exported = async (name: string) => {
      const path = await exportPdf(page, app, work, name);
      rasterise(path, `vi-${name}`);
      return path;
    };
    const checked: string[] = [];
    const expectIn = (text: string, ...parts: string[]) => {
      for (const part of parts) expect(text).toContain(part);
      checked.push(...parts);
    };

    // 1. The run-of-show: the title and column titles in Vietnamese (English under each), steps and points.
    await page.getByTestId('print-output').selectOption('run-of-show');
    await page.getByTestId('print-sequence').selectOption(sequence.id);
    const show = await exported('run-of-show');
    const showText = pdfText(show, 1);
    expectIn(showText, `Kịch bản lễ đón · ${sequence.nameVi}`, sequence.nameEn, 'BẢN NHÁP · lần sửa 1');
    expectIn(showText, 'Giờ', 'Đoàn', 'Bước', 'Vị trí', 'Xe số', 'Liên lạc viên', 'Time', 'Step', 'Venue point');
    expectIn(showText, 'Đoàn xe đến', 'Điểm xuống xe', 'Đi bộ', 'Đầu thảm đỏ', 'Chào đón', 'Vị trí đón', 'Chụp ảnh', 'Phông chụp ảnh', OFFICER);
    expectIn(pdfText(show), 'Đưa vào phòng chờ', 'Phòng chờ', `Trang 1/${pdfInfo(show).pages}`);

    // 2. The cue cards: the greeter's first, titled in Vietnamese with the greeter's Vietnamese title;
    //    the officer's own card under their name.
    await page.getByTestId('print-output').selectOption('cue-cards');
    await attributeOf(page.getByTestId('print-root'), 'data-kind').toBe('cue-card');
    const cues = await exported('cue-cards');
    const greeterText = pdfText(cues, 1);
    expectIn(greeterText, `Thẻ nhắc việc · ${greeter.name}`, greeter.titleVi, 'Trưởng đoàn', 'Head of delegation');
    let officerPage = 0;
    for (let p = 1; p <= pdfInfo(cues).pages && !officerPage; p++) if (pdfText(cues, p).includes(`Thẻ nhắc việc · ${OFFICER}`)) officerPage = p;
    expect(officerPage).toBeGreaterThan(0);
    expectIn(pdfText(cues, officerPage), `Thẻ nhắc việc · ${OFFICER}`, 'Liên lạc viên', first.carNumber);
    // The escort's card comes after the officers' (greeters, officers, then escorts), with every
    // moment of the arrivals escorted, from the motorcade to the holding room.
    let escortPage = 0;
    for (let p = officerPage + 1; p <= pdfInfo(cues).pages && !escortPage; p++) if (pdfText(cues, p).includes(`Thẻ nhắc việc · ${first.escort}`)) escortPage = p;
    expect(escortPage).toBeGreaterThan(officerPage);
    expectIn(pdfText(cues, escortPage), 'Dẫn đoàn', first.carNumber, 'Đoàn xe đến', 'Chụp ảnh', 'Đưa vào phòng chờ');
    rasterise(cues, 'vi-escort-card', 1, escortPage);

    // What was checked has the hard letters of Vietnamese: horned u and o, circumflex e with acute, o with circumflex and dot.
    for (const letter of ['ư', 'ơ', 'ế', 'ộ', 'ễ', 'ị', 'ả', 'Đ']) expect(checked.join(' ')).toContain(letter);
  });
});
