/**
 * The app as a protocol officer uses it: the built renderer, the real services, a real
 * .preseance file. Runs under Electron when its binary is installed, else in Debian's Chromium
 * (the first line of output says which).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { EventFile } from '../../electron/store/eventFile';
import { SCHEMA_VERSION } from '../../electron/store/constants';
import { seededIds } from '../../shared/ids';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';
import { damageTablePage } from '../fixtures/damage';
import { tempFolder } from './fixtures';
import { detectRuntime, launchApp, sampleFile } from './harness';
import { ready, saved, shot } from './page';
import { attributeOf, countOf, disabledOf, textOf, visible } from './poll';

const { runtime, reason } = detectRuntime();
const work = tempFolder('app');

beforeAll(() => {
  console.log(`[e2e] runtime: ${runtime} (${reason})`);
});

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe(`Préséance end to end (${runtime})`, () => {
  it('opens the bundled sample event with its delegations and halls', async () => {
    const app = await launchApp({ sample: true, language: 'en' });
    const { page } = app;
    await ready(page);
    await textOf(page.getByTestId('event-name')).toContain('United Nations Convention against Cybercrime');
    await textOf(page.getByTestId('count-states')).toMatch(/\d{2,}/);
    await shot(page, 'sample-overview-en');

    await page.getByTestId('nav-delegations').click();
    await textOf(page.getByTestId('delegation-row-VNM')).toContain('Viet Nam');
    await textOf(page.getByTestId('delegation-row-TUR')).toContain('Türkiye');
    await visible(page.getByTestId('delegation-row-UNODC'));
    await page.getByTestId('delegations-search').fill('viet');
    await visible(page.getByTestId('delegation-row-VNM'));
    await countOf(page.getByTestId('delegation-row-FRA')).toBe(0);
    await shot(page, 'sample-delegations-search');

    await page.getByTestId('nav-halls').click();
    await textOf(page.getByTestId('halls-table')).toContain('Plenary');
    await visible(page.getByTestId('hall-preview-canvas'));
    await shot(page, 'sample-halls');
  });

  it('switches the language, and remembers it on the next start', async () => {
    let app = await launchApp({ sample: true, language: 'en' });
    const userDataDir = app.userDataDir;
    await ready(app.page);
    await textOf(app.page.getByTestId('nav-delegations')).toContain('Delegations');
    await app.page.getByTestId('language-vi').click();
    await textOf(app.page.getByTestId('nav-delegations')).toContain('Đoàn');
    await textOf(app.page.getByTestId('event-name')).toContain('Công ước của Liên hợp quốc về chống tội phạm mạng');
    await attributeOf(app.page.locator('html'), 'lang').toBe('vi');
    await shot(app.page, 'sample-overview-vi');
    await app.close();

    app = await launchApp({ sample: true, userDataDir });
    await ready(app.page);
    await attributeOf(app.page.getByTestId('language-vi'), 'aria-pressed').toBe('true');
    await textOf(app.page.getByTestId('nav-delegations')).toContain('Đoàn');
  });

  it('saves an edit at once; undo and redo are saved too; the file holds it after a restart', async () => {
    let app = await launchApp({ sample: true, language: 'en' });
    const userDataDir = app.userDataDir;
    const { page } = app;
    await ready(page);
    await page.getByTestId('nav-delegations').click();
    await page.getByTestId('delegation-row-FRA').click();
    const head = page.getByTestId('head-name');
    const original = await head.inputValue();
    expect(original.length).toBeGreaterThan(0);

    await head.fill('Élodie Marchand-Nguyễn');
    await head.press('Enter');
    await saved(page);
    await textOf(page.getByTestId('delegation-row-FRA')).toContain('Élodie Marchand-Nguyễn');

    await page.getByTestId('undo').click();
    await saved(page);
    await textOf(page.getByTestId('delegation-row-FRA')).toContain(original);
    await textOf(page.getByTestId('delegation-row-FRA')).not.toContain('Élodie');

    await app.menu('edit:redo');
    await saved(page);
    await textOf(page.getByTestId('delegation-row-FRA')).toContain('Élodie Marchand-Nguyễn');
    await app.close();

    // What is on disk, read straight from the file.
    const path = sampleFile(app);
    const file = EventFile.open(path);
    const heads = Object.values(file.loadDocument().people).filter((p) => p.role === 'head').map((p) => p.name);
    file.close();
    expect(heads).toContain('Élodie Marchand-Nguyễn');
    expect(heads).not.toContain(original);

    app = await launchApp({ sample: true, userDataDir });
    await ready(app.page);
    await app.page.getByTestId('nav-delegations').click();
    await textOf(app.page.getByTestId('delegation-row-FRA')).toContain('Élodie Marchand-Nguyễn');
  });

  it('refuses an invalid value in place and leaves the document unchanged', async () => {
    const app = await launchApp({ sample: true, language: 'en' });
    const { page } = app;
    await ready(page);
    const name = page.getByTestId('event-nameEn');
    const before = await name.inputValue();
    await name.fill('   ');
    await name.press('Enter');
    await visible(page.getByTestId('event-nameEn-error'));
    await shot(page, 'invalid-value');
    await disabledOf(page.getByTestId('undo')).toBe(true);
    await textOf(page.getByTestId('event-name')).toContain(before);
  });

  it('shows a clear error for a damaged file and for one from a newer version, leaving both untouched', async () => {
    const damaged = join(work, 'damaged.preseance');
    EventFile.create(damaged, buildSampleDocument(referenceData, seededIds(7))).close();
    damageTablePage(damaged, 'seats');
    const newer = join(work, 'newer.preseance');
    EventFile.create(newer, buildSampleDocument(referenceData, seededIds(8))).close();
    const db = new Database(newer);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = { damaged: sha(damaged), newer: sha(newer) };
    const siblings = readdirSync(work).sort();

    const app = await launchApp({ sample: true, language: 'en' });
    const { page } = app;
    await ready(page);
    const eventName = await page.getByTestId('event-name').textContent();

    await app.nextDialogPath(damaged);
    await page.getByTestId('action-open').click();
    await visible(page.getByTestId('error-modal'));
    await textOf(page.getByTestId('error-modal-message')).toContain('damaged.preseance” is damaged');
    await textOf(page.getByTestId('error-modal-message')).toContain('It was not changed');
    await shot(page, 'open-damaged-file');
    await page.getByTestId('error-modal-close').click();
    await textOf(page.getByTestId('event-name')).toBe(eventName);

    await app.nextDialogPath(newer);
    await page.getByTestId('action-open').click();
    await textOf(page.getByTestId('error-modal-message')).toContain('saved by a newer version of Préséance');
    await textOf(page.getByTestId('error-modal-message')).toContain(`file format ${SCHEMA_VERSION + 1}`);
    await page.getByTestId('error-modal-close').click();
    await textOf(page.getByTestId('event-name')).toBe(eventName);

    expect({ damaged: sha(damaged), newer: sha(newer) }).toEqual(before);
    expect(readdirSync(work).sort()).toEqual(siblings);
  });

  it('creates a new empty event and opens an event given on the command line', async () => {
    const path = join(work, 'gala.preseance');
    let app = await launchApp({ sample: false, language: 'en' });
    await ready(app.page);
    await visible(app.page.getByTestId('welcome'));
    await shot(app.page, 'welcome');
    await app.nextDialogPath(path);
    await app.page.getByTestId('welcome-new').click();
    await textOf(app.page.getByTestId('event-name')).toContain('New event');
    await textOf(app.page.getByTestId('file-name')).toContain('gala.preseance');
    await app.close();

    app = await launchApp({ file: path, language: 'en' });
    await ready(app.page);
    await textOf(app.page.getByTestId('file-name')).toContain('gala.preseance');
  });
});
