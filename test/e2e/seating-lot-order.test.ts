/**
 * Issue 13, item 2 on screen: an event whose lot country (Kenya) does not attend and is recorded
 * by its code only. The Precedence screen orders from the name after Kenya; the Seating screen
 * lists the delegations and seats the plenary in that same order (desk 1 the host, desk 2
 * Lebanon…), not from A. Checked on screen and in the file.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventFile } from '../../electron/store/eventFile';
import { LOT_ORDER, codeOnlyLotEvent } from '../unit/lot-fixtures';
import { tempFolder } from './fixtures';
import { documentOnDisk } from './files';
import { detectRuntime, launchApp } from './harness';
import { ready, saved } from './page';
import { attributeOf, countOf, visible } from './poll';

const { runtime } = detectRuntime();
const dir = tempFolder('lot-order');
const SHOTS = '/tmp/shots-seatui';

describe(`the Seating screen orders as the Precedence screen (${runtime})`, () => {
  it('a lot country recorded by code only and not attending: both screens start after it', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { doc, hall, heads } = codeOnlyLotEvent();
    const file = join(dir, 'lot.preseance');
    EventFile.create(file, doc).close();

    const app = await launchApp({ file, language: 'en' });
    const { page } = app;
    await ready(page);
    await page.getByTestId('nav-precedence').click();
    const rows = page.locator('[data-testid^="order-row-"]');
    await countOf(rows).toBe(LOT_ORDER.length);
    expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-delegation')))).toEqual(LOT_ORDER);

    // Seating: the people list in the same order, and the hall seated by it.
    await page.getByTestId('nav-seating').click();
    await page.getByTestId('seating-hall').selectOption(hall.id);
    const groups = page.locator('[data-testid^="seating-group-"]');
    await countOf(groups).toBe(LOT_ORDER.length);
    expect((await groups.evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')))).map((id) => id!.replace('seating-group-', ''))).toEqual(LOT_ORDER);
    await page.getByTestId('seating-propose').click();
    await page.getByTestId('seating-diff-apply').click();
    await saved(page);
    await attributeOf(page.getByTestId('seating-status'), 'data-pending').toBe('0');
    // The checks agree: the hall seated in the event's order has nothing to report.
    await visible(page.getByTestId('seating-no-problems'));
    await attributeOf(page.getByTestId('seating-problems'), 'data-errors').toBe('0');
    await page.screenshot({ path: `${SHOTS}/seating-lot-order.png` });
    const seated = documentOnDisk(file);
    const byDesk = heads.map((s) => {
      const a = Object.values(seated.assignments).find((x) => x.seatId === s.id)!;
      return seated.delegations[seated.people[a.personId]!.delegationId]!.iso3;
    });
    expect(byDesk).toEqual(LOT_ORDER);
    await visible(page.getByTestId('seating-canvas'));
  });
});
