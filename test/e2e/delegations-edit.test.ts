/**
 * Editing delegations and the order of precedence as an officer does: add a delegation from the
 * reference table with its head, add and reorder members, hand the lead to a member, remove and
 * undo; then the rules, the lot and the order with its reasons. Checked on screen and in the file.
 */
import { describe, expect, it } from 'vitest';
import { peopleOf } from '../../shared/delegations';
import { seededIds } from '../../shared/ids';
import { readRules } from '../../shared/protocol';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';
import { detectRuntime, launchSample } from './harness';
import { documentOnDisk } from './files';
import { saved, shot } from './page';
import { attributeOf, countOf, textOf, valueOf, visible } from './poll';

const { runtime } = detectRuntime();

/** A member state the sample does not have, to add (the sample is deterministic). */
function absentState() {
  const sample = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
  const present = new Set(Object.values(sample.delegations).map((d) => d.iso3));
  return referenceData.states.find((s) => s.status === 'member-state' && !present.has(s.iso3))!;
}

describe(`delegations and precedence (${runtime})`, () => {
  it('adds a delegation with its head and members, hands the lead over, removes it and undoes', async () => {
    const state = absentState();
    const { page, file } = await launchSample('en');
    await page.getByTestId('nav-delegations').click();
    await countOf(page.getByTestId(`delegation-row-${state.iso3}`)).toBe(0);

    await page.getByTestId('delegations-add').click();
    await visible(page.getByTestId('add-delegation-dialog'));
    // Nothing chosen yet: refused with a reason, nothing added.
    await page.getByTestId('add-delegation-submit').click();
    await textOf(page.getByTestId('add-delegation-error')).toContain('Choose a state or an organization');
    // States already in the event are not offered.
    await page.getByTestId('add-delegation-search').fill('viet');
    await countOf(page.getByTestId('add-delegation-option-VNM')).toBe(0);
    await page.getByTestId('add-delegation-search').fill(state.nameEn.slice(0, 6));
    await page.getByTestId(`add-delegation-option-${state.iso3}`).click();
    await page.getByTestId('add-delegation-head').fill('Amara OKONKWO');
    await page.getByTestId('add-delegation-rank').selectOption('foreign-minister');
    await shot(page, 'delegation-add-dialog');
    await page.getByTestId('add-delegation-submit').click();
    await saved(page);

    await textOf(page.getByTestId(`delegation-row-${state.iso3}`)).toContain('Amara OKONKWO');
    await textOf(page.getByTestId('delegation-panel-title')).toBe(state.nameEn);
    await valueOf(page.getByTestId('head-rank')).toBe('foreign-minister');
    await valueOf(page.getByTestId('head-familyName')).toBe('OKONKWO');

    // Two members; a blank name is refused in place.
    await page.getByTestId('add-member-submit').click();
    await textOf(page.getByTestId('add-member-error')).toContain('cannot be blank');
    for (const name of ['Li WEI', 'Sofia ROSSI']) {
      await page.getByTestId('add-member-name').fill(name);
      await page.getByTestId('add-member-submit').click();
    }
    await textOf(page.getByTestId('member-2')).toContain('Sofia ROSSI');
    await page.getByTestId('member-2-up').click();
    await textOf(page.getByTestId('member-1')).toContain('Sofia ROSSI');
    await page.getByTestId('member-2-toggle').click();
    await page.getByTestId('member-2-needsInterpreter').check();
    await shot(page, 'delegation-members');
    await saved(page);

    let doc = documentOnDisk(file);
    const id = Object.values(doc.delegations).find((d) => d.iso3 === state.iso3)!.id;
    expect(peopleOf(doc, id).map((p) => [p.role, p.order, p.name, p.needsInterpreter])).toEqual([
      ['head', 0, 'Amara OKONKWO', false],
      ['member', 1, 'Sofia ROSSI', false],
      ['member', 2, 'Li WEI', true],
    ]);

    // The minister does not come: Li WEI leads; the former head stays as first member.
    await page.getByTestId('member-2-make-head').click();
    await valueOf(page.getByTestId('head-name')).toBe('Li WEI');
    await textOf(page.getByTestId('member-1')).toContain('Amara OKONKWO');
    await saved(page);
    doc = documentOnDisk(file);
    expect(peopleOf(doc, id).map((p) => `${p.role}:${p.name}`)).toEqual(['head:Li WEI', 'member:Amara OKONKWO', 'member:Sofia ROSSI']);

    // Remove the delegation (asked once), then undo brings everyone back.
    await page.getByTestId('delegation-remove').click();
    await textOf(page.getByTestId('delegation-remove-confirm')).toContain('3 people');
    await page.getByTestId('delegation-remove-yes').click();
    await countOf(page.getByTestId(`delegation-row-${state.iso3}`)).toBe(0);
    await saved(page);
    expect(Object.values(documentOnDisk(file).delegations).some((d) => d.iso3 === state.iso3)).toBe(false);
    await page.getByTestId('undo').click();
    await saved(page);
    await textOf(page.getByTestId(`delegation-row-${state.iso3}`)).toContain('Li WEI');
    expect(peopleOf(documentOnDisk(file), id)).toHaveLength(3);
  });

  it('shows the order with its reasons, draws the lot with who drew it, and changes the rules', async () => {
    const { page, file } = await launchSample('vi');
    await page.getByTestId('nav-precedence').click();
    await visible(page.getByTestId('precedence-order'));
    // The host is pinned first, whatever the lot.
    await attributeOf(page.getByTestId('order-row-1'), 'data-delegation').toBe('VNM');
    await textOf(page.getByTestId('order-row-1')).toContain('Nước chủ nhà');

    // Drawing needs a name; then the lot is recorded with when and who.
    await page.getByTestId('lot-draw').click();
    await textOf(page.getByTestId('lot-error')).toContain('Nhập họ tên người bốc thăm');
    await page.getByTestId('lot-drawn-by').fill('Nguyễn Thị Thu');
    await page.getByTestId('lot-draw').click();
    await textOf(page.getByTestId('lot-current')).toContain('người bốc: Nguyễn Thị Thu');
    await saved(page);
    const drawn = readRules(documentOnDisk(file)).lot!;
    expect(drawn).toMatchObject({ source: 'drawn-here', drawnBy: 'Nguyễn Thị Thu' });
    expect(referenceData.states.find((s) => s.iso3 === drawn.iso3)?.status).toBe('member-state');

    // A country drawn elsewhere (the General Assembly's lot for its 79th session: Yemen).
    await page.getByTestId('lot-elsewhere').selectOption('YEM');
    await page.getByTestId('lot-use').click();
    await attributeOf(page.getByTestId('lot-current'), 'data-iso3').toBe('YEM');
    // In Vietnamese the country is named by its Vietnamese name (the Ministry's form, from the reference table).
    const yemenVi = referenceData.states.find((s) => s.iso3 === 'YEM')!.nameVi;
    await textOf(page.getByTestId('precedence-order')).toMatch(new RegExp(`${yemenVi} là nước được bốc thăm|tính từ nước bốc thăm ${yemenVi}`));
    await shot(page, 'precedence-vi');

    // Seniority instead: the reasons say so, and the choice is saved in the event.
    await page.getByTestId('rules-tiebreak').selectOption('seniority');
    await textOf(page.getByTestId('precedence-order')).toContain('thâm niên');
    await saved(page);
    expect(readRules(documentOnDisk(file))).toMatchObject({ tiebreak: 'seniority', lot: { iso3: 'YEM', source: 'drawn-elsewhere' } });

    // Undo puts the UN alphabetical order back.
    await page.getByTestId('undo').click();
    await valueOf(page.getByTestId('rules-tiebreak')).toBe('un-alphabetical');
    await saved(page);
    expect(readRules(documentOnDisk(file)).tiebreak).toBe('un-alphabetical');
  });
});
