import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

// Retrying assertions on the live page (playwright-core has no `expect`): each polls until the
// page shows the expected state or the timeout passes, then fails with the last value seen.
const options = { timeout: 15_000, interval: 50 };

export const textOf = (locator: Locator) => expect.poll(() => locator.first().textContent().catch(() => null), options);
export const valueOf = (locator: Locator) => expect.poll(() => locator.inputValue().catch(() => null), options);
export const attributeOf = (locator: Locator, name: string) =>
  expect.poll(() => locator.getAttribute(name).catch(() => null), options);
export const countOf = (locator: Locator) => expect.poll(() => locator.count(), options);
export const visible = (locator: Locator) => locator.first().waitFor({ state: 'visible', timeout: options.timeout });
export const disabledOf = (locator: Locator) => expect.poll(() => locator.isDisabled().catch(() => null), options);
