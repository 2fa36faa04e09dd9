/**
 * Issue 6, first outputs, on the sample event: place cards, desk name plates, a hall's seating
 * chart, the alphabetical guest index and the signing order, each exported as a PDF through
 * the Printing screen (print:pdf; in the chromium runtime the harness answers it with
 * page.pdf() on the app's own page, the print view the preview shows). Each PDF is checked as a
 * user would: page count and paper size (pdfinfo), the names, seat labels and Vietnamese
 * diacritics in its text (pdftotext), and its first page rasterised (pdftoppm) to
 * test-results/e2e/print-*.png to look at. Every export is recorded in the event's print log.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sequenceTable } from '../../shared/arrival';
import { EventFile } from '../../electron/store/eventFile';
import { flagLine } from '../../shared/print/flagOrder';
import { seededIds } from '../../shared/ids';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';
import type { EventDocument } from '../../shared/model/collections';
import { tempFolder } from './fixtures';
import { detectRuntime, launchSample } from './harness';
import { exportPdf, launchOnPrinting, mm, openPrinting, pdfInfo, pdfText, rasterise } from './print-pdf';
import { documentOnDisk } from './files';
import { saved, shot } from './page';
import { reseatHall } from './seating-screen';
import { attributeOf, countOf, disabledOf, textOf } from './poll';

const { runtime } = detectRuntime();
const work = tempFolder('print');

const hallId = (doc: EventDocument, kind: string) => Object.values(doc.halls).find((h) => h.kind === kind)!.id;

describe(`printing from the same print views (${runtime})`, () => {
  it('exports place cards, name plates, a chart, the guest index and the signing order as checked PDFs', async () => {
    const { app, page, file } = await launchSample('en');
    const doc = documentOnDisk(file);
    await openPrinting(page);

    // 1. Place cards of the banquet: 100 × 70 tent cards, four per A4 sheet, the delegation's
    //    Vietnamese name too. One card per seated guest, names exactly as in the document.
    const banquet = hallId(doc, 'banquet');
    const guests = Object.values(doc.assignments).filter((a) => a.hallId === banquet).map((a) => doc.people[a.personId]!);
    await page.getByTestId('print-hall').selectOption(banquet);
    await page.getByTestId('print-vietnamese').check();
    await attributeOf(page.getByTestId('print-per-sheet'), 'data-count').toBe('4');
    await attributeOf(page.getByTestId('print-root'), 'data-pages').toBe(String(Math.ceil(guests.length / 4)));
    const cards = await exportPdf(page, app, work, 'place-cards');
    const cardsInfo = pdfInfo(cards);
    expect(cardsInfo.pages).toBe(Math.ceil(guests.length / 4));
    expect([mm(cardsInfo.widthPt), mm(cardsInfo.heightPt)]).toEqual([210, 297]);
    const cardsText = pdfText(cards);
    for (const guest of guests.slice(0, 12)) expect(cardsText).toContain(guest.name);
    expect(cardsText).toContain('Việt Nam');
    rasterise(cards, 'place-cards');

    // 2. Name plates of the plenary: UN style, one folded A4 landscape each.
    const plenary = hallId(doc, 'plenary');
    await page.getByTestId('print-output').selectOption('name-plates');
    await page.getByTestId('print-hall').selectOption(plenary);
    await page.getByTestId('print-vietnamese').check(); // each output has its own options: the cards' tick is the cards'
    const delegations = new Set(Object.values(doc.assignments).filter((a) => a.hallId === plenary).map((a) => doc.people[a.personId]!.delegationId));
    await attributeOf(page.getByTestId('print-per-sheet'), 'data-count').toBe('1');
    await attributeOf(page.getByTestId('print-root'), 'data-pages').toBe(String(delegations.size));
    const plates = await exportPdf(page, app, work, 'name-plates');
    const platesInfo = pdfInfo(plates);
    expect(platesInfo.pages).toBe(delegations.size);
    expect([mm(platesInfo.widthPt), mm(platesInfo.heightPt)]).toEqual([297, 210]);
    const platesText = pdfText(plates);
    for (const id of delegations) expect(platesText).toContain(doc.delegations[id]!.nameEn);
    expect(platesText).toContain('Việt Nam');
    rasterise(plates, 'name-plates');

    // 3. The chart of the plenary on A1 portrait: one page, seat labels and delegation codes legible.
    await page.getByTestId('print-output').selectOption('chart');
    await page.getByTestId('print-hall').selectOption(plenary);
    await page.getByTestId('print-paper').selectOption('A1');
    await page.getByTestId('print-landscape').uncheck(); // the plates turned the paper
    await attributeOf(page.getByTestId('print-root'), 'data-pages').toBe('1');
    const chart = await exportPdf(page, app, work, 'chart');
    const chartInfo = pdfInfo(chart);
    expect(chartInfo.pages).toBe(1);
    expect([mm(chartInfo.widthPt), mm(chartInfo.heightPt)]).toEqual([594, 841]);
    const chartText = pdfText(chart);
    expect(chartText).toContain('Seating chart · Plenary Hall');
    expect(chartText).toContain('Lễ mở ký Công ước của Liên hợp quốc về chống tội phạm mạng');
    expect(chartText).toContain('DRAFT');
    expect(chartText).toMatch(/Scale 1:\d/);
    const hostSeat = Object.values(doc.assignments).find((a) => a.hallId === plenary && doc.delegations[doc.people[a.personId]!.delegationId]!.iso3 === 'VNM')!;
    expect(chartText).toContain(doc.seats[hostSeat.seatId]!.label);
    expect(chartText).toContain('VNM');
    rasterise(chart, 'chart');

    // 4. The guest index on A4: everyone, by family name, with hall, table and seat.
    await page.getByTestId('print-output').selectOption('index');
    await page.getByTestId('print-paper').selectOption('A4');
    const index = await exportPdf(page, app, work, 'guest-index');
    const indexInfo = pdfInfo(index);
    expect(indexInfo.pages).toBe(Number(await page.getByTestId('print-root').getAttribute('data-pages')));
    const indexText = pdfText(index);
    const people = Object.values(doc.people);
    for (const p of people.slice(0, 20)) expect(indexText).toContain(p.name);
    expect(indexText).toContain('Alphabetical guest index');
    rasterise(index, 'guest-index');

    // 5. The signing order of the signing room: the host first.
    await page.getByTestId('print-output').selectOption('signing');
    const signing = await exportPdf(page, app, work, 'signing');
    const signingText = pdfText(signing);
    expect(signingText).toMatch(/Viet Nam Việt Nam/);
    rasterise(signing, 'signing');

    // Every export is in the event's print log, with what it printed.
    await saved(page);
    const log = Object.values(documentOnDisk(file).settings).find((s) => s.key === 'print.log')!.value as { entries: { kind: string; items: unknown[] }[] };
    expect(log.entries.map((e) => e.kind)).toEqual(['place-card', 'name-plate', 'chart', 'guest-index', 'signing-list']);
    expect(log.entries[0]!.items).toHaveLength(guests.length);
    await textOf(page.getByTestId('print-last')).toContain('revision 1');
    // ...but no undo step: what is on paper cannot be undone (EditorStore.record).
    await disabledOf(page.getByTestId('undo')).toBe(true);
  });
});

/** Where each person sits in a hall: personId -> seatId. */
const seatsIn = (doc: EventDocument, hall: string) => new Map(Object.values(doc.assignments).filter((a) => a.hallId === hall).map((a) => [a.personId, a.seatId]));

describe(`a late change reprints only what it changed (${runtime})`, () => {
  it('after a downgrade and a new head, prints exactly the banquet cards whose seat or name changed', async () => {
    const { app, page, file } = await launchSample('en');
    const before = documentOnDisk(file);
    const banquet = hallId(before, 'banquet');
    const seatedBefore = seatsIn(before, banquet);

    // 1. The banquet's place cards are printed (the print log records each card).
    await page.getByTestId('nav-print').click();
    await page.getByTestId('print-hall').selectOption(banquet);
    await exportPdf(page, app, work, 'cards-all');

    // 2. Late changes: one president does not come (a minister leads), and another delegation
    //    sends someone else, with another name.
    const heads = Object.values(before.people).filter((p) => p.role === 'head' && seatedBefore.has(p.id) && before.delegations[p.delegationId]!.iso3 && before.delegations[p.delegationId]!.pinnedRole === 'none');
    const downgraded = heads.find((p) => p.rank === 'head-of-state')!;
    const replaced = heads.find((p) => p.id !== downgraded.id && p.rank !== 'head-of-state')!;
    const newName = 'Élise Marchetti-Đoàn';
    await page.getByTestId('nav-delegations').click();
    await page.getByTestId(`delegation-row-${before.delegations[downgraded.delegationId]!.iso3}`).click();
    await page.getByTestId('head-rank').selectOption('minister');
    await saved(page);
    await page.getByTestId(`delegation-row-${before.delegations[replaced.delegationId]!.iso3}`).click();
    await page.getByTestId('head-name').fill(newName);
    await page.getByTestId('head-name').press('Tab');
    await saved(page);

    // 3. The banquet is re-seated through the Seating screen, the moves reviewed first.
    await reseatHall(page, banquet);
    await saved(page);
    const after = documentOnDisk(file);
    const seatedAfter = seatsIn(after, banquet);
    expect(seatedAfter.get(downgraded.id)).not.toBe(seatedBefore.get(downgraded.id));

    // The cards now out of date, worked out plainly: someone newly seated, on another seat, or
    // whose printed name changed.
    const changed = new Set(
      [...seatedAfter].filter(([id, seat]) => seatedBefore.get(id) !== seat || before.people[id]!.name !== after.people[id]!.name || before.people[id]!.honorific !== after.people[id]!.honorific).map(([id]) => id),
    );
    expect(changed.has(replaced.id)).toBe(true);
    expect(changed.size).toBeLessThan(seatedAfter.size);

    // 4. Printing, "only what changed": the screen lists exactly those cards, one per A4 card.
    await page.getByTestId('nav-print').click();
    await page.getByTestId('print-hall').selectOption(banquet);
    await page.getByTestId('print-stock').selectOption('card-a4');
    await page.getByTestId('print-only-changed').check();
    await attributeOf(page.getByTestId('print-changed'), 'data-count').toBe(String(changed.size));
    const listed = await page.getByTestId('print-changed-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-id')));
    expect(new Set(listed)).toEqual(changed);
    await textOf(page.getByTestId('print-changed')).toContain(newName);
    await attributeOf(page.getByTestId('print-root'), 'data-pages').toBe(String(changed.size));
    await shot(page, 'print-only-changed');
    const reprint = await exportPdf(page, app, work, 'cards-changed');
    expect(pdfInfo(reprint).pages).toBe(changed.size);
    const text = pdfText(reprint);
    expect(text).toContain(newName);
    expect(text).not.toContain(replaced.name);
    // A guest nobody moved or renamed gets no new card.
    const untouched = [...seatedAfter.keys()].map((id) => after.people[id]!).find((p) => !changed.has(p.id) && ![...changed].some((c) => after.people[c]!.name.includes(p.name)))!;
    expect(text).not.toContain(untouched.name);
    rasterise(reprint, 'cards-changed');

    // Printed: nothing is out of date any more.
    await textOf(page.getByTestId('print-empty')).toContain('no card has changed');
  });
});

describe(`the arrival sequence on paper (${runtime})`, () => {
  it('prints the run-of-show minute by minute, and a cue card per greeter and liaison officer with only their moments', async () => {
    const { app, page, file } = await launchSample('en');
    const doc = documentOnDisk(file);
    const sequence = Object.values(doc.sequences)[0]!;
    const slots = Object.values(doc.slots).filter((s) => s.sequenceId === sequence.id).sort((a, b) => a.order - b.order);
    await page.getByTestId('nav-print').click();

    // 1. The run-of-show on A4: every arrival's time (to the second), both names of the
    //    sequence, the delegations, cars and liaison officers.
    await page.getByTestId('print-output').selectOption('run-of-show');
    await page.getByTestId('print-sequence').selectOption(sequence.id);
    const show = await exportPdf(page, app, work, 'run-of-show');
    const showInfo = pdfInfo(show);
    expect([mm(showInfo.widthPt), mm(showInfo.heightPt)]).toEqual([210, 297]);
    const showText = pdfText(show);
    expect(showText).toContain('Run-of-show · Official welcome of heads of delegation');
    expect(showText).toContain('Lễ đón chính thức các Trưởng đoàn');
    const [header, ...rows] = sequenceTable(doc, sequence.id, 'en');
    const arrivalAt = header!.indexOf('Arrival');
    for (const row of rows) expect(showText).toContain(row[arrivalAt]!.replace(/:00$/, '')); // 08:30, 08:31:15...
    for (const slot of slots) {
      expect(showText).toContain(slot.carNumber);
      expect(showText).toContain(slot.liaisonOfficer);
    }
    expect(showText).toContain('Điểm xuống xe');
    rasterise(show, 'run-of-show', 2);

    // 2. Cue cards: the greeter's (a greeting and a photo per delegation: two pages), then one
    //    page per liaison officer.
    await page.getByTestId('print-output').selectOption('cue-cards');
    await countOf(page.locator('.print-page[data-subject^="liaison:"]')).toBe(slots.length);
    const cues = await exportPdf(page, app, work, 'cue-cards');
    const cuesInfo = pdfInfo(cues);
    expect(cuesInfo.pages).toBe(Number(await page.getByTestId('print-root').getAttribute('data-pages')));
    const greeterText = pdfText(cues, 1);
    expect(greeterText).toContain('Cue card · Hồ Bảo Nhân');
    // One officer's card: their delegation's moments, nobody else's.
    const slot = slots[3]!;
    const own = doc.delegations[slot.delegationId]!.nameEn;
    let cardPage = 0;
    for (let p = 1; p <= cuesInfo.pages && !cardPage; p++) if (pdfText(cues, p).includes(`Cue card · ${slot.liaisonOfficer}`)) cardPage = p;
    expect(cardPage).toBeGreaterThan(0);
    const cardText = pdfText(cues, cardPage);
    expect(cardText).toContain(own);
    expect(cardText).toContain(slot.carNumber);
    for (const other of slots.filter((s) => s.id !== slot.id)) {
      const name = doc.delegations[other.delegationId]!.nameEn;
      if (!own.includes(name)) expect(cardText).not.toContain(name);
    }
    await attributeOf(page.locator(`.print-page[data-page="${cardPage}"]`), 'data-ids').toBe(slot.id);
    rasterise(cues, 'cue-cards', 3); // the greeter's two pages, the first officer's card
  });
});

describe(`table plans and delegation sheets (${runtime})`, () => {
  it('prints a page per banquet table with its guests in seat order, and a page per delegation with where each member sits', async () => {
    const { app, page, file } = await launchSample('vi');
    const doc = documentOnDisk(file);
    const banquet = hallId(doc, 'banquet');
    await page.getByTestId('nav-print').click();

    // 1. Table plans of the banquet: one page per table; the head table's guests in seat order.
    await page.getByTestId('print-output').selectOption('table-plans');
    await page.getByTestId('print-hall').selectOption(banquet);
    const tables = Object.values(doc.elements).filter((e) => e.hallId === banquet && Object.values(doc.seats).some((s) => s.elementId === e.id));
    await countOf(page.locator('.print-page[data-kind="table-plan"]')).toBe(tables.length);
    const plans = await exportPdf(page, app, work, 'table-plans');
    const first = pdfText(plans, 1);
    const firstTable = await page.locator('.print-page[data-page="1"]').getAttribute('data-subject');
    const seated = Object.values(doc.assignments)
      .filter((a) => a.hallId === banquet && doc.seats[a.seatId]!.elementId === firstTable)
      .sort((a, b) => doc.seats[a.seatId]!.order - doc.seats[b.seatId]!.order)
      .map((a) => doc.people[a.personId]!.name);
    expect(seated.length).toBeGreaterThan(0);
    const at = seated.map((name) => first.indexOf(name));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b)); // in seat order
    expect(first).toContain('Sơ đồ bàn');
    rasterise(plans, 'table-plans');

    // 2. Delegation sheets: Viet Nam's head, seated in every hall, with each hall's name.
    await page.getByTestId('print-output').selectOption('delegation-sheets');
    const vnm = Object.values(doc.delegations).find((d) => d.iso3 === 'VNM')!;
    await countOf(page.locator('.print-page[data-kind="delegation-sheet"]')).toBeGreaterThanOrEqual(Object.keys(doc.delegations).length);
    const sheets = await exportPdf(page, app, work, 'delegation-sheets');
    const sheetPage = Number(await page.locator(`.print-page[data-subject="${vnm.id}"]`).first().getAttribute('data-page'));
    const sheet = pdfText(sheets, sheetPage);
    expect(sheet).toContain(`Phiếu đoàn · ${vnm.nameVi}`);
    const head = Object.values(doc.people).find((p) => p.delegationId === vnm.id && p.role === 'head')!;
    expect(sheet).toContain(head.name);
    const headHalls = Object.values(doc.assignments).filter((a) => a.personId === head.id).map((a) => doc.halls[a.hallId]!.nameVi);
    for (const hall of headHalls) expect(sheet).toContain(hall);
    rasterise(sheets, 'delegation-sheets');
  });

  it('prints the flag order of the signing table as seen from the audience, and exports the guest index as CSV', async () => {
    // The sample, with a guest whose name a spreadsheet would run as a formula.
    const doc = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
    const vnm = Object.values(doc.delegations).find((d) => d.iso3 === 'VNM')!;
    const head = Object.values(doc.people).find((p) => p.delegationId === vnm.id && p.role === 'head')!;
    const other = Object.values(doc.people).find((p) => p.delegationId !== vnm.id)!;
    doc.people[other.id] = { ...other, name: '=Nguyễn Văn Công', familyName: '=Nguyễn' };
    const path = join(work, 'flags.preseance');
    EventFile.create(path, doc).close();
    const app = await launchOnPrinting({ file: path, language: 'en' });
    const { page } = app;

    // 1. The flag order of the signing room: Viet Nam at the centre, the others alternating
    //    outwards in ABC order; the PDF lists the names left to right as seen from the audience.
    const signing = hallId(doc, 'signing');
    await page.getByTestId('print-output').selectOption('flag-order');
    await page.getByTestId('print-hall').selectOption(signing);
    await page.getByTestId('print-landscape').check();
    const line = flagLine(doc, signing, referenceData.states)!;
    await attributeOf(page.getByTestId('print-root'), 'data-kind').toBe('flag-order');
    const flags = await exportPdf(page, app, work, 'flag-order');
    // -raw: the text in the order the pages draw it, flag after flag (a name set on two lines reads whole).
    const text = execFileSync('pdftotext', ['-raw', flags, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('As seen from the audience');
    const at = line.map((p) => text.indexOf(` ${p.position} ${p.item.nameEn} `));
    expect(at.filter((i) => i < 0)).toEqual([]);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    const centre = line.find((p) => p.side === 'host')!;
    expect(centre.item.nameEn).toBe('Viet Nam');
    expect(text).toContain(`${centre.position} Viet Nam Việt Nam Host · centre`);
    rasterise(flags, 'flag-order');

    // 2. The guest index as CSV: the Vietnamese names as written, the formula-looking name neutralised.
    await page.getByTestId('print-output').selectOption('index');
    await attributeOf(page.getByTestId('print-root'), 'data-kind').toBe('guest-index');
    const csv = join(work, 'guest-index.csv');
    await app.nextDialogPath(csv);
    await page.getByTestId('print-export-csv').click();
    await textOf(page.getByTestId('print-result')).toContain('guest-index.csv');
    const written = readFileSync(csv, 'utf8');
    expect(written.startsWith('\uFEFFName,Delegation,Hall,Table / block,Seat\r\n')).toBe(true);
    expect(written).toContain(head.name);
    expect(written).toContain("\r\n'=Nguyễn Văn Công,");
    expect(written).not.toMatch(/(^|\r\n)=/);
  });
});
