/**
 * Issue 13, item 8 in the native Edit menu, in the real UI: after an edit, Edit › Undo says what
 * it will undo ("Undo edit Gala Hall"), after the undo Redo says what it will redo, in the
 * language the officer chose; with nothing to undo, plain "Undo". (Chromium runtime: the labels
 * main would build from what the renderer told it; Electron: the application menu itself.)
 */
import { describe, expect, it } from 'vitest';
import { detectRuntime, launchApp } from './harness';
import { ready, saved } from './page';
import { valueOf, visible } from './poll';

const { runtime } = detectRuntime();

// The sample's banquet hall, by its names in the two languages.
const banquet = { nameEn: 'Banquet Hall', nameVi: 'Phòng tiệc' };

describe(`the Edit menu's Undo and Redo name the step (${runtime})`, () => {
  it('says what Undo and Redo will do after an edit and an undo, in English then Vietnamese', async () => {
    const app = await launchApp({ sample: true, language: 'en' });
    const { page } = app;
    const labels = () => app.undoRedoLabels();
    await ready(page);
    await expect.poll(labels).toEqual({ undo: 'Undo', redo: 'Redo' });

    // The banquet hall renamed in the Halls screen's inspector: one step.
    await page.getByTestId('nav-halls').click();
    await page.locator('[data-testid^="hall-row-"]', { hasText: banquet.nameEn }).click();
    const name = page.getByTestId('hall-nameEn');
    await visible(name);
    await name.fill('Gala Hall');
    await name.press('Enter');
    await saved(page);
    await expect.poll(labels).toEqual({ undo: 'Undo edit Gala Hall', redo: 'Redo' });

    await page.getByTestId('undo').click();
    await valueOf(name).toBe(banquet.nameEn);
    await expect.poll(labels).toEqual({ undo: 'Undo', redo: 'Redo edit Gala Hall' });

    // In Vietnamese, the same step named in Vietnamese (the hall's Vietnamese name).
    await page.getByTestId('language-vi').click();
    await expect.poll(labels).toEqual({ undo: 'Hoàn tác', redo: `Làm lại sửa ${banquet.nameVi}` });
    await page.getByTestId('redo').click();
    await expect.poll(labels).toEqual({ undo: `Hoàn tác sửa ${banquet.nameVi}`, redo: 'Làm lại' });
  });
});
