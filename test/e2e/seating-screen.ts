import type { Page } from 'playwright-core';
import { visible } from './poll';

/**
 * A late change's re-seat as the officer makes it on the Seating screen: the hall chosen (by id,
 * or by { label }), Propose, the diff shown, Apply. Returns how many changes the diff listed.
 */
export async function reseatHall(page: Page, hall: string | { label: string }): Promise<number> {
  await page.getByTestId('nav-seating').click();
  await page.getByTestId('seating-hall').selectOption(hall);
  await page.getByTestId('seating-propose').click();
  await visible(page.getByTestId('seating-diff'));
  const changes = Number(await page.getByTestId('seating-diff-count').getAttribute('data-count'));
  await page.getByTestId('seating-diff-apply').click();
  return changes;
}
