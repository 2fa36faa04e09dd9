/**
 * Issue 13 item 8: undo says what it undid. A re-seat of the banquet on the Seating screen, then
 * on the Halls screen undo (the keyboard): the notice says "Undone: seat Banquet Hall — N moves"
 * with the diff's N, takes no focus, and "Show" goes back to Seating on that hall. Redo (the Edit
 * menu, then the toolbar button after an undo) says "Redone: …", in the UI language as it
 * switches; the next edit ends the notice.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentOnDisk } from './files';
import { detectRuntime, launchSample } from './harness';
import { saved, shot } from './page';
import { reseatHall } from './seating-screen';
import { attributeOf, countOf, textOf, valueOf, visible } from './poll';
import { hallOfKind, sampleDocument } from './fixtures';

const { runtime } = detectRuntime();

const sample = sampleDocument();
const banquet = hallOfKind(sample, 'banquet');
const plenary = hallOfKind(sample, 'plenary');
const host = sample.events[Object.keys(sample.events)[0]!]!.hostIso3;
// A guest head of state: downgrading them re-orders the banquet's tables.
const guest = Object.values(sample.delegations).find(
  (d) => d.kind === 'state' && d.iso3 !== host && Object.values(sample.people).some((p) => p.delegationId === d.id && p.role === 'head' && p.rank === 'head-of-state'),
)!;
const SHOTS = '/tmp/shots-undo';

describe(`undo says what it undid, and shows where (${runtime})`, () => {
  it('re-seat on Seating, undo on Halls: the notice names the hall and its moves; Show goes there; redo says so too', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { app, page, file } = await launchSample('en');
    // The app's own copy of the sample has its own ids: read them from its file.
    const onDisk = documentOnDisk(file);
    const hallId = (nameEn: string) => Object.values(onDisk.halls).find((h) => h.nameEn === nameEn)!.id;

    // A late change: the guest's head of state sends a minister instead.
    await page.getByTestId('nav-delegations').click();
    await page.getByTestId(`delegation-row-${guest.iso3}`).click();
    await page.getByTestId('head-rank').selectOption('minister');
    await saved(page);

    // Re-seat the banquet on the Seating screen, as the diff proposes it.
    const moves = await reseatHall(page, { label: banquet.nameEn });
    expect(moves).toBeGreaterThan(1);
    await saved(page);

    // On the Halls screen, on another hall, undo by the keyboard.
    await page.getByTestId('nav-halls').click();
    await visible(page.getByTestId('screen-halls'));
    await page.getByTestId(`hall-row-${hallId(plenary.nameEn)}`).locator('button').click();
    const focusedBefore = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);
    await page.keyboard.press('Control+z');
    await saved(page);
    const notice = page.getByTestId('history-notice-message');
    await textOf(notice).toBe(`Undone: seat ${banquet.nameEn} — ${moves} moves`);
    await attributeOf(page.getByTestId('history-notice-region'), 'role').toBe('status');
    await attributeOf(page.getByTestId('history-notice-region'), 'aria-live').toBe('polite');
    // The notice takes no focus: what had it keeps it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName)).toBe(focusedBefore);
    await page.screenshot({ path: `${SHOTS}/undo-notice-halls-en.png` });
    await shot(page, 'undo-notice-halls');

    // Show: back on the Seating screen, on the banquet.
    await page.getByTestId('history-notice-show').click();
    await visible(page.getByTestId('screen-seating'));
    await valueOf(page.getByTestId('seating-hall')).toBe(hallId(banquet.nameEn));
    await countOf(page.getByTestId('history-notice')).toBe(0);
    await page.screenshot({ path: `${SHOTS}/undo-show-seating-en.png` });

    // Redo from the Edit menu, in Vietnamese once the language switches.
    await app.menu('edit:redo');
    await saved(page);
    await textOf(notice).toBe(`Redone: seat ${banquet.nameEn} — ${moves} moves`);
    await page.getByTestId('language-vi').click();
    await textOf(notice).toBe(`Đã làm lại: xếp chỗ ${banquet.nameVi} — ${moves} thay đổi`);
    await page.screenshot({ path: `${SHOTS}/redo-notice-vi.png` });

    // Undo and redo with the toolbar buttons say it too; the next edit ends the notice.
    await page.getByTestId('undo').click();
    await textOf(notice).toBe(`Đã hoàn tác: xếp chỗ ${banquet.nameVi} — ${moves} thay đổi`);
    await page.getByTestId('redo').click();
    await textOf(notice).toBe(`Đã làm lại: xếp chỗ ${banquet.nameVi} — ${moves} thay đổi`);
    await saved(page);
    await page.getByTestId('seating-propose').click();
    await visible(page.getByTestId('seating-diff'));
    await page.getByTestId('seating-diff-cancel').click();
    await page.getByTestId('seating-strategy').selectOption('centre-out');
    await saved(page);
    await countOf(page.getByTestId('history-notice')).toBe(0);
  });
});
