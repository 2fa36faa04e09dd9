/**
 * Issue 4's whole flow as a protocol officer lives it, on the sample event: import delegations
 * from a CSV with errors (see the report, nothing changes), fix it and import, read the order,
 * seat the plenary, downgrade one head of delegation, review and accept the moves, undo them,
 * and find the checks clean. Then the manual tools: drop a person on a seat, lock, swap, unseat.
 * Checked on screen and in the file.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { EventDocument } from '../../shared/model/collections';
import { seatingProblems } from '../../shared/seating';
import { referenceData } from '../../resources/reference/load';
import { detectRuntime, launchSample } from './harness';
import { documentOnDisk } from './files';
import { saved, shot } from './page';
import { attributeOf, countOf, textOf, visible } from './poll';
import { hallOfKind, sampleDocument, tempFolder } from './fixtures';

const { runtime } = detectRuntime();
const work = tempFolder('seating');

const sample = sampleDocument();
const present = new Set(Object.values(sample.delegations).map((d) => d.iso3));
const [stateA, stateB] = referenceData.states.filter((s) => s.status === 'member-state' && !present.has(s.iso3));
const plenaryName = hallOfKind(sample, 'plenary').nameEn;
const banquetName = Object.values(sample.halls).find((h) => h.kind === 'banquet')!.nameEn;
const banquetVi = Object.values(sample.halls).find((h) => h.kind === 'banquet')!.nameVi;
const signingName = Object.values(sample.halls).find((h) => h.kind === 'signing')!.nameEn;
const sha = (path: string) => {
  const hash = createHash('sha256').update(readFileSync(path));
  if (existsSync(`${path}-wal`)) hash.update(readFileSync(`${path}-wal`));
  return hash.digest('hex');
};
const HEADER = 'kind,name_en,iso3,head_name,head_title,rank,in_office_since,members';

/** Where each person sits in a hall: personId -> seat label. */
function seating(doc: EventDocument, hallId: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const a of Object.values(doc.assignments)) if (a.hallId === hallId) map.set(a.personId, doc.seats[a.seatId]!.label);
  return map;
}

async function importCsv(page: Page, path: string) {
  await page.getByTestId('delegations-import').click();
  await visible(page.getByTestId('import-dialog'));
  await page.getByTestId('import-file').setInputFiles(path);
}

describe(`seating by protocol, with late changes made safe (${runtime})`, () => {
  it('imports, orders, seats the plenary, absorbs a downgrade with a reviewed diff, undoes it, validates clean', async () => {
    const { page, file } = await launchSample('en');
    await page.getByTestId('nav-delegations').click();

    // 1. A CSV with errors: every bad row reported by line, column and reason; nothing written.
    const bad = join(work, 'bad.csv');
    writeFileSync(bad, [HEADER, `state,,${stateA!.iso3},Amina Diallo,President,head-of-state,2023-13-01,`, `state,Wrongland,${stateB!.iso3},Karl Berg,Foreign Minister,foreign-minister,,`, ''].join('\n'));
    await saved(page);
    const before = sha(file);
    await importCsv(page, bad);
    await visible(page.getByTestId('import-errors'));
    await countOf(page.getByTestId('import-error')).toBe(2);
    await textOf(page.getByTestId('import-error').nth(0)).toContain('in_office_since');
    await textOf(page.getByTestId('import-error').nth(1)).toContain('name_en');
    await attributeOf(page.getByTestId('import-confirm'), 'disabled').toBe('');
    await page.getByTestId('import-cancel').click();
    expect(sha(file)).toBe(before);

    // 2. Fixed: previewed, then imported as one step.
    const good = join(work, 'good.csv');
    writeFileSync(good, [HEADER, `state,,${stateA!.iso3},Amina Diallo,President,head-of-state,2023-01-13,Omar Sy | Adviser`, `state,,${stateB!.iso3},Karl Berg,Foreign Minister,foreign-minister,,`, ''].join('\n'));
    await importCsv(page, good);
    await textOf(page.getByTestId('import-created')).toContain(stateA!.nameEn);
    await page.getByTestId('import-confirm').click();
    await saved(page);
    await visible(page.getByTestId(`delegation-row-${stateA!.iso3}`));

    // 3. The order: the new head of state is ranked with the heads of state, with a reason.
    await page.getByTestId('nav-precedence').click();
    await textOf(page.locator(`[data-delegation="${stateA!.iso3}"]`)).toContain('head of state');

    // 4. Seat the plenary by its strategy; the diff lists the moves before anything changes.
    await page.getByTestId('nav-seating').click();
    await page.getByTestId('seating-hall').selectOption({ label: plenaryName });
    // Conferences seat by UN alphabetical order from the lot by default (docs/protocol.md); this
    // event seats its plenary by precedence, so a downgrade moves the delegation.
    await page.getByTestId('seating-options').locator('summary').click();
    await page.getByTestId('seating-orderBy').selectOption('precedence');
    await page.getByTestId('seating-propose').click();
    await visible(page.getByTestId('seating-diff'));
    await shot(page, 'seating-diff-plenary');
    await page.getByTestId('seating-diff-apply').click();
    await saved(page);
    await attributeOf(page.getByTestId('seating-status'), 'data-pending').toBe('0');
    const seatedDoc = documentOnDisk(file);
    const plenary = Object.values(seatedDoc.halls).find((h) => h.nameEn === plenaryName)!;
    const seated = seating(seatedDoc, plenary.id);
    const amina = Object.values(seatedDoc.people).find((p) => p.name === 'Amina Diallo')!;
    expect(seated.has(amina.id)).toBe(true);

    // 5. The president does not come: the head of delegation is now a minister.
    await page.getByTestId('nav-delegations').click();
    await page.getByTestId(`delegation-row-${stateA!.iso3}`).click();
    await page.getByTestId('head-rank').selectOption('minister');
    await saved(page);
    await page.getByTestId('nav-seating').click();
    await attributeOf(page.getByTestId('seating-status'), 'data-pending').not.toBe('0');
    await page.getByTestId('seating-propose').click();
    await visible(page.getByTestId('seating-diff-moves'));
    await textOf(page.getByTestId('seating-diff-moves')).toContain('Amina Diallo');
    await visible(page.getByTestId('seating-diff-outdated'));
    await shot(page, 'seating-diff-downgrade');
    const fileBeforeAccept = sha(file);
    await page.getByTestId('seating-diff-apply').click();
    await saved(page);
    expect(sha(file)).not.toBe(fileBeforeAccept);
    const moved = seating(documentOnDisk(file), plenary.id);
    expect(moved.get(amina.id)).not.toBe(seated.get(amina.id));

    // 6. Undo takes the whole re-seating back in one step.
    await page.getByTestId('undo').click();
    await saved(page);
    expect(seating(documentOnDisk(file), plenary.id)).toEqual(seated);

    // 7. Re-seat once more, and the banquet for the new heads of delegation: the checks are
    // clean, on screen and by the engine on the file.
    await page.getByTestId('seating-propose').click();
    await page.getByTestId('seating-diff-apply').click();
    await saved(page);
    await attributeOf(page.getByTestId('seating-problems'), 'data-errors').toBe('0');
    await page.getByTestId('seating-hall').selectOption({ label: banquetName });
    await page.getByTestId('seating-propose').click();
    await page.getByTestId('seating-diff-apply').click();
    await saved(page);
    await attributeOf(page.getByTestId('seating-problems'), 'data-errors').toBe('0');
    const errors = seatingProblems(documentOnDisk(file)).filter((p) => p.severity === 'error');
    expect(errors.map((p) => `${p.key} ${JSON.stringify(p.params)}`)).toEqual([]);
    await shot(page, 'seating-plenary-clean');
  });

  it('seats by hand: drop a person on a seat, lock it through a re-seating, swap two seats, unseat', async () => {
    const { page, file } = await launchSample('vi');
    await page.getByTestId('nav-seating').click();
    await page.getByTestId('seating-hall').selectOption({ label: banquetVi });
    await saved(page);

    let doc = documentOnDisk(file);
    const banquet = Object.values(doc.halls).find((h) => h.kind === 'banquet')!;
    const taken = new Set(Object.values(doc.assignments).filter((a) => a.hallId === banquet.id).map((a) => a.seatId));
    const seatedPeople = new Set(Object.values(doc.assignments).filter((a) => a.hallId === banquet.id).map((a) => a.personId));
    // A free seat at the last table, far from the head table, and someone not seated here.
    const free = Object.values(doc.seats)
      .filter((x) => x.hallId === banquet.id && !x.blocked && !taken.has(x.id))
      .sort((a, b) => b.y - a.y || a.x - b.x)[0]!;
    const guest = Object.values(doc.people).find((p) => p.role === 'member' && !seatedPeople.has(p.id))!;

    // Drop the guest on the free seat.
    await page.getByTestId('seating-people-search').fill(guest.name);
    await page.getByTestId(`seating-person-${guest.id}`).dragTo(page.getByTestId('seating-canvas'), { targetPosition: await onCanvas(page, free) });
    await textOf(page.getByTestId('seat-panel-person')).toContain(guest.name);
    await saved(page);
    expect(assignmentOf(documentOnDisk(file), guest.id, banquet.id)?.seatId).toBe(free.id);

    // A placement made by hand is locked: a re-seating keeps it where it is. Unlock, lock again.
    await attributeOf(page.getByTestId('seat-lock'), 'aria-pressed').toBe('true');
    await page.getByTestId('seat-lock').click();
    await attributeOf(page.getByTestId('seat-lock'), 'aria-pressed').toBe('false');
    await saved(page);
    expect(assignmentOf(documentOnDisk(file), guest.id, banquet.id)?.locked).toBe(false);
    await page.getByTestId('seat-lock').click();
    await attributeOf(page.getByTestId('seat-lock'), 'aria-pressed').toBe('true');
    await page.getByTestId('seating-propose').click();
    await visible(page.getByTestId('seating-diff'));
    await countOf(page.locator(`[data-testid="seating-diff-moves"] tr[data-person="${guest.id}"]`)).toBe(0);
    if (await page.getByTestId('seating-diff-apply').isEnabled()) await page.getByTestId('seating-diff-apply').click();
    else await page.getByTestId('seating-diff-cancel').click();
    await saved(page);
    doc = documentOnDisk(file);
    expect(assignmentOf(doc, guest.id, banquet.id)).toMatchObject({ seatId: free.id, locked: true });

    // Swap the guest with the head of delegation seated at the head table's first seat.
    const host = Object.values(doc.assignments).find((a) => a.hallId === banquet.id && a.personId !== guest.id && !a.locked)!;
    const hostSeat = doc.seats[host.seatId]!;
    await page.getByTestId('seat-swap').click();
    await visible(page.getByTestId('seating-swap-hint'));
    await clickSeat(page, hostSeat);
    await saved(page);
    doc = documentOnDisk(file);
    expect(assignmentOf(doc, guest.id, banquet.id)?.seatId).toBe(hostSeat.id);
    expect(assignmentOf(doc, host.personId, banquet.id)?.seatId).toBe(free.id);
    await shot(page, 'seating-manual-vi');

    // Unseat the guest; undo brings the guest back to that seat.
    await clickSeat(page, hostSeat);
    await textOf(page.getByTestId('seat-panel-person')).toContain(guest.name);
    await page.getByTestId('seat-unseat').click();
    await visible(page.getByTestId('seat-panel-free'));
    await saved(page);
    expect(assignmentOf(documentOnDisk(file), guest.id, banquet.id)).toBeUndefined();
    await page.getByTestId('undo').click();
    await saved(page);
    expect(assignmentOf(documentOnDisk(file), guest.id, banquet.id)?.seatId).toBe(hostSeat.id);
  });
});

describe(`seating options and seats (${runtime})`, () => {
  it('explains the strategy, lists the signing order host first, keeps a never-next-to pair, flags seats', async () => {
    const { page, file } = await launchSample('en');
    await page.getByTestId('nav-seating').click();
    await page.getByTestId('seating-hall').selectOption({ label: signingName });
    await page.getByTestId('seating-strategy').selectOption('signing');
    await visible(page.getByTestId('seating-strategy-explained'));
    await attributeOf(page.getByTestId('seating-signing-list').locator('li').first(), 'data-delegation').toBe('VNM');
    await shot(page, 'seating-signing');

    // A never-next-to pair: the same delegation twice is refused; a real pair is saved.
    await page.getByTestId('seating-options').locator('summary').click();
    const doc = documentOnDisk(file);
    const id = (iso3: string) => Object.values(doc.delegations).find((d) => d.iso3 === iso3)!.id;
    await page.getByTestId('seating-pair-a').selectOption(id('FRA'));
    await page.getByTestId('seating-pair-b').selectOption(id('FRA'));
    await page.getByTestId('seating-pair-add').click();
    await textOf(page.getByTestId('seating-pair-error')).toContain('two different');
    await page.getByTestId('seating-pair-b').selectOption(id('DEU'));
    await page.getByTestId('seating-pair-add').click();
    await textOf(page.getByTestId('seating-pair-0')).toContain('France');
    await saved(page);
    const signing = Object.values(documentOnDisk(file).halls).find((h) => h.nameEn === signingName)!;
    const setting = Object.values(documentOnDisk(file).settings).find((x) => x.key === `seating.${signing.id}`)!;
    expect((setting.value as { neverNextTo: string[][] }).neverNextTo).toEqual([[id('FRA'), id('DEU')]]);

    // A free seat marked accessible and blocked, saved on the seat.
    const disk = documentOnDisk(file);
    const taken = new Set(Object.values(disk.assignments).map((a) => a.seatId));
    const free = Object.values(disk.seats).find((x) => x.hallId === signing.id && !taken.has(x.id))!;
    await clickSeat(page, free);
    await visible(page.getByTestId('seat-panel-free'));
    await page.getByTestId('seat-accessible').check();
    await page.getByTestId('seat-blocked').check();
    await saved(page);
    expect(documentOnDisk(file).seats[free.id]).toMatchObject({ accessible: true, blocked: true });
  });
});

function assignmentOf(doc: EventDocument, personId: string, hallId: string) {
  return Object.values(doc.assignments).find((a) => a.personId === personId && a.hallId === hallId);
}

/** A seat's position in the canvas element, from the camera the canvas publishes. */
async function onCanvas(page: Page, seat: { x: number; y: number }) {
  const canvas = page.getByTestId('seating-canvas');
  await attributeOf(canvas, 'data-camera').toMatch(/\d/);
  const [scale, x, y] = ((await canvas.getAttribute('data-camera')) ?? '').split(' ').map(Number) as [number, number, number];
  return { x: x + seat.x * scale, y: y + seat.y * scale };
}

async function clickSeat(page: Page, seat: { x: number; y: number }) {
  await page.getByTestId('seating-canvas').click({ position: await onCanvas(page, seat) });
}
