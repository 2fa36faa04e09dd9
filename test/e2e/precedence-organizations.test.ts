/**
 * The order among organizations on the Precedence screen of the bundled sample (docs/protocol.md,
 * Clarifications): the UN itself (the co-chair), then the Secretariat and its offices — UNODC,
 * the convention's secretariat, among them — before the funds and programmes (UNDP, UNICEF),
 * each group by the class of its head, then alphabetically; the reason names the group, in the
 * officer's language.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectRuntime, launchApp } from './harness';
import { ready } from './page';
import { countOf, textOf } from './poll';

const { runtime } = detectRuntime();
const SHOTS = '/tmp/shots-orgs';

// Worked by hand from the sample's heads (shared/sample/hanoi2025.ts) and the rule. The EU is an
// observer, right before the organizations. Secretariat and offices, heads of organizations
// (English alphabetical): ESCAP (Economic…), UNCTAD (United Nations Conference…), UNOCT (…Office
// of Counter-Terrorism), UNODC (…Office on Drugs and Crime); then OHCHR, led by a deputy. The rest
// of the UN system: heads UNIDIR (…Institute…), UNICRI (…Interregional…); deputies IAEA, IOM,
// UNHCR (Office of…), UNICEF (…Children's Fund), UNDP, UN-WOMEN (…Entity…), WFP, WTO; UNFPA, led by
// another official, last. Then the first specialized agency led by its head: ICAO.
const ORGANIZATIONS = [
  'EU', 'ESCAP', 'UNCTAD', 'UNOCT', 'UNODC', 'OHCHR', 'UNIDIR', 'UNICRI', 'IAEA', 'IOM', 'UNHCR', 'UNICEF', 'UNDP',
  'UN-WOMEN', 'WFP', 'WTO', 'UNFPA', 'ICAO',
];

async function orderOnScreen(language: 'en' | 'vi') {
  const app = await launchApp({ sample: true, language });
  const { page } = app;
  await ready(page);
  await page.getByTestId('nav-precedence').click();
  const rows = page.locator('[data-testid^="order-row-"]');
  await countOf(rows).toBeGreaterThan(150);
  const codes = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-delegation')));
  return { page, codes };
}

describe(`the Precedence screen orders the organizations by group (${runtime})`, () => {
  it('the UN first, the Secretariat’s offices (UNODC) before the funds and programmes, the reason naming the group', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { page, codes } = await orderOnScreen('en');
    expect(codes[1]).toBe('UN'); // the co-chair, after the host
    const eu = codes.indexOf('EU');
    expect(codes.slice(eu, eu + ORGANIZATIONS.length)).toEqual(ORGANIZATIONS);
    expect(codes.indexOf('UNODC')).toBeLessThan(codes.indexOf('UNDP'));
    const unodc = page.locator('[data-delegation="UNODC"]');
    await textOf(unodc).toContain('organization (UN Secretariat and its offices): after the United Nations, before the funds and programmes');
    await textOf(page.locator('[data-delegation="UNDP"]')).toContain('organization (UN system: funds, programmes and other bodies): after the Secretariat and its offices');
    await page.locator('[data-delegation="ESCAP"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/precedence-organizations-en.png` });
    await page.locator('[data-delegation="UNDP"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/precedence-organizations-funds-en.png` });
  });

  it('in Vietnamese: the same order, the reasons in Vietnamese', async () => {
    const { page, codes } = await orderOnScreen('vi');
    const eu = codes.indexOf('EU');
    expect(codes.slice(eu, eu + ORGANIZATIONS.length)).toEqual(ORGANIZATIONS);
    await textOf(page.locator('[data-delegation="UNODC"]')).toContain('Tổ chức (Ban Thư ký Liên hợp quốc và các văn phòng): sau Liên hợp quốc, trước các quỹ và chương trình');
    await textOf(page.locator('[data-delegation="UNDP"]')).toContain('Tổ chức (hệ thống Liên hợp quốc: các quỹ, chương trình và cơ quan khác): sau Ban Thư ký và các văn phòng; theo cấp lễ tân');
    await textOf(page.locator('[data-delegation="UNDP"]')).toContain('Cấp phó của người đứng đầu tổ chức quốc tế'); // the rank class column
    await page.locator('[data-delegation="ESCAP"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/precedence-organizations-vi.png` });
  });
});
