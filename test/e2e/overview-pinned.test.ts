/**
 * The Overview's host and co-chairs, in the real UI on a real file: a new event whose host
 * country's delegation was imported says that Viet Nam hosts (derived, no flag to set); the
 * officer adds the UNODC as co-chair, the order on the Precedence screen follows, and one undo
 * removes it. Checked on screen and in the file.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectRuntime, launchApp, type AppHandle } from './harness';
import { documentOnDisk } from './files';
import { CSV_ROW, delegationsCsv, newEventWith, tempFolder } from './fixtures';
import { ready, saved, shot } from './page';
import { countOf, textOf, visible } from './poll';

const { runtime } = detectRuntime();
const dir = tempFolder('pinned');

const CSV = delegationsCsv(
  CSV_ROW.FRA,
  CSV_ROW.VNM,
  'organization,United Nations Office on Drugs and Crime,,UNODC,Ghada Exemple,Executive Director,head-of-organization,,',
);

/** The screenshot kept where the officer's reviewer looks, besides test-results/e2e. */
async function keep(page: AppHandle['page'], name: string) {
  await shot(page, name);
  mkdirSync('/tmp/shots-precedence', { recursive: true });
  copyFileSync(join('test-results', 'e2e', `${name}.png`), join('/tmp/shots-precedence', `${name}.png`));
}

describe(`the Overview's host and co-chairs (${runtime})`, () => {
  it('says who hosts, adds a co-chair (pinned after the host in the order), and undoes it in one step', async () => {
    const file = newEventWith(dir, CSV);

    let app = await launchApp({ file, language: 'en' });
    const { page } = app;
    await ready(page);
    await page.getByTestId('nav-overview').click();
    await textOf(page.getByTestId('overview-host')).toBe('Viet Nam hosts: pinned first in the order, at the centre seat and the first to sign.');
    await visible(page.getByTestId('co-chairs-none'));
    // The host is not offered as a co-chair; the organization is offered first.
    const options = await page.getByTestId('co-chair-choice').locator('option').allTextContents();
    expect(options).toEqual(['— choose a delegation —', 'United Nations Office on Drugs and Crime', 'France']);

    const unodc = Object.values(documentOnDisk(file).delegations).find((d) => d.orgCode === 'UNODC')!;
    await page.getByTestId('co-chair-choice').selectOption(unodc.id);
    await page.getByTestId('co-chair-add').click();
    await saved(page);
    await textOf(page.getByTestId('co-chair')).toContain('United Nations Office on Drugs and Crime');
    await keep(page, 'overview-co-chairs');
    expect(documentOnDisk(file).delegations[unodc.id]!.pinnedRole).toBe('co-chair');

    // The order follows: the host, the co-chair, then France.
    await page.getByTestId('nav-precedence').click();
    await textOf(page.getByTestId('screen-precedence')).toMatch(/Viet Nam[\s\S]*United Nations Office on Drugs and Crime[\s\S]*France/);

    await app.menu('edit:undo');
    await saved(page);
    await page.getByTestId('nav-overview').click();
    await countOf(page.getByTestId('co-chair')).toBe(0);
    expect(documentOnDisk(file).delegations[unodc.id]!.pinnedRole).toBe('none');
    await app.close();

    // In Vietnamese, the same sentence.
    app = await launchApp({ file, language: 'vi' });
    await ready(app.page);
    await app.page.getByTestId('nav-overview').click();
    await textOf(app.page.getByTestId('overview-host')).toBe('Việt Nam là nước chủ nhà: cố định ở vị trí đầu tiên trong thứ tự, ngồi ghế giữa và ký đầu tiên.');
    await keep(app.page, 'overview-co-chairs-vi');
  });
});
