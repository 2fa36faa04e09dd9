/**
 * Issue 13, item 1, on the Delegations list: the "Host" badge is on the delegation of the
 * event's host country (derived, shared/protocol/host.ts), not on a stored flag. A new event
 * with France, Viet Nam and Ghana imported: Viet Nam, the new event's host country, carries the
 * badge; another host country chosen on the Overview moves it; a stale "host" flag on another
 * delegation shows none (it counts only when the event names no host country).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { documentOnDisk } from './files';
import { CSV_ROW, delegationsCsv, newEventWith, tempFolder } from './fixtures';
import { detectRuntime, launchApp } from './harness';
import { ready, saved } from './page';
import { countOf, textOf, visible } from './poll';

const { runtime } = detectRuntime();
const dir = tempFolder('host-badge');
const SHOTS = '/tmp/shots-seatui';

const CSV = delegationsCsv(CSV_ROW.FRA, CSV_ROW.VNM, 'state,,GHA,,Kwame Exemple,President,head-of-state,,');

/** The codes of the rows that carry the badge, in list order. */
async function badged(page: Page, role: 'host' | 'co-chair'): Promise<string[]> {
  const rows = page.locator('[data-testid^="delegation-row-"]', { has: page.getByTestId(`delegation-badge-${role}`) });
  return (await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!))).map((id) => id.replace('delegation-row-', ''));
}

async function setHost(page: Page, iso3: string | null) {
  await page.getByTestId('nav-overview').click();
  await page.getByTestId('event-host').selectOption(iso3 ?? '');
  await saved(page);
  await page.getByTestId('nav-delegations').click();
  await visible(page.getByTestId('delegation-row-FRA'));
}

describe(`the Delegations list's Host badge (${runtime})`, () => {
  it('is on the host country’s delegation, follows a change of host country, and ignores a stale flag', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const file = newEventWith(dir, CSV);

    let app = await launchApp({ file, language: 'en' });
    const { page } = app;
    await ready(page);
    // A new event is hosted by Viet Nam (the Overview says so): the badge is on Viet Nam,
    // whose stored flag was never set by the import.
    await page.getByTestId('nav-overview').click();
    await expect.poll(() => page.getByTestId('event-host').inputValue()).toBe('VNM');
    await page.getByTestId('nav-delegations').click();
    await visible(page.getByTestId('delegation-row-VNM'));
    await countOf(page.getByTestId('delegation-badge-host')).toBe(1);
    expect(await badged(page, 'host')).toEqual(['VNM']);
    await textOf(page.getByTestId('delegation-row-VNM').getByTestId('delegation-badge-host')).toBe('Host');
    const vnm = Object.values(documentOnDisk(file).delegations).find((d) => d.iso3 === 'VNM')!;
    expect(vnm.pinnedRole).toBe('none');
    await page.screenshot({ path: `${SHOTS}/host-badge-vnm.png` });

    // Ghana hosts instead: the badge moves.
    await setHost(page, 'GHA');
    await countOf(page.getByTestId('delegation-row-VNM').getByTestId('delegation-badge-host')).toBe(0);
    expect(await badged(page, 'host')).toEqual(['GHA']);
    await page.screenshot({ path: `${SHOTS}/host-badge-gha.png` });

    // A stale "host" flag on France (set in its panel) is not the host while Ghana hosts.
    await page.getByTestId('delegation-row-FRA').click();
    await page.getByTestId('delegation-pinnedRole').selectOption('host');
    await saved(page);
    expect(Object.values(documentOnDisk(file).delegations).find((d) => d.iso3 === 'FRA')!.pinnedRole).toBe('host');
    await countOf(page.getByTestId('delegation-row-FRA').getByTestId('delegation-badge-host')).toBe(0);
    expect(await badged(page, 'host')).toEqual(['GHA']);
    // With no host country the flag is all there is (files from before the host was derived).
    await setHost(page, null);
    await expect.poll(() => badged(page, 'host')).toEqual(['FRA']);
    await setHost(page, 'GHA');
    await expect.poll(() => badged(page, 'host')).toEqual(['GHA']);
    await app.close();

    // In Vietnamese, the same badge on Ghana.
    app = await launchApp({ file, language: 'vi' });
    await ready(app.page);
    await app.page.getByTestId('nav-delegations').click();
    await visible(app.page.getByTestId('delegation-row-GHA'));
    await textOf(app.page.getByTestId('delegation-row-GHA').getByTestId('delegation-badge-host')).toBe('Chủ nhà');
    expect(await badged(app.page, 'host')).toEqual(['GHA']);
  });
});
